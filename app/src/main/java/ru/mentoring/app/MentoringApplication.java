package ru.mentoring.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import ru.mentoring.app.audit.MaintenanceTask;

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
        if (MaintenanceTask.requested(args)) {
            // a one-off task serves no one: its web server listens on a free port of the loopback only
            String[] task = new String[args.length + 2];
            task[0] = "--server.port=0";
            task[1] = "--server.address=127.0.0.1";
            System.arraycopy(args, 0, task, 2, args.length);
            SpringApplication.run(MentoringApplication.class, task);
            return;
        }
        SpringApplication.run(MentoringApplication.class, args);
    }
}
