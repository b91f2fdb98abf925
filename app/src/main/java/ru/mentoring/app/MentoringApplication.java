package ru.mentoring.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the mentoring workflow engine.
 */
@SpringBootApplication(scanBasePackages = "ru.mentoring")
public class MentoringApplication {

    /**
     * Axon 4.13 reports to its vendor at start-up unless told not to; a register of children must not.
     * Set before anything of Axon loads, in every way the application can be started.
     */
    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        SpringApplication.run(MentoringApplication.class, args);
    }
}
