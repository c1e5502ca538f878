package nl.maatstaf.submission;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link RefusedUploadCleanup} on its schedule ({@code maatstaf.uploads.cleanup-cron}, "-" to switch off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UploadCleanupScheduling {}
