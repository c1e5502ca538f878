package nl.maatstaf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MaatstafApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaatstafApplication.class, args);
    }
}
