/** Shared kernel: Dutch number input and display, used by every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.maatstaf.common;
