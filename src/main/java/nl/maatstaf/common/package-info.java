/** Shared kernel: Dutch number input and display, and Dutch (Europe/Amsterdam) times, used by every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.maatstaf.common;
