package org.newsgraph.export;

import java.util.Map;
import java.util.Objects;

/**
 * How {@link GraphStorePush} proves who it is: not at all, with a user name and password (HTTP Basic, answered when
 * the server asks), or with a bearer token sent with every request. Taken from the environment by the command line,
 * so a password never appears in a shell history or a process list.
 */
public sealed interface PushCredentials {

    String USER_VARIABLE = "NEWSGRAPH_PUSH_USER";
    String PASSWORD_VARIABLE = "NEWSGRAPH_PUSH_PASSWORD";
    String TOKEN_VARIABLE = "NEWSGRAPH_PUSH_TOKEN";

    PushCredentials NONE = new None();

    /**
     * Reads {@value #USER_VARIABLE} with {@value #PASSWORD_VARIABLE}, or {@value #TOKEN_VARIABLE}.
     *
     * @throws IllegalArgumentException when the variables are set inconsistently
     */
    static PushCredentials fromEnvironment(Map<String, String> environment) {
        String user = nonBlank(environment.get(USER_VARIABLE));
        String password = environment.get(PASSWORD_VARIABLE);
        String token = nonBlank(environment.get(TOKEN_VARIABLE));
        if (token != null && (user != null || password != null)) {
            throw new IllegalArgumentException("set either " + TOKEN_VARIABLE + " or " + USER_VARIABLE + " and "
                    + PASSWORD_VARIABLE + ", not both");
        }
        if (token != null) {
            return new Bearer(token);
        }
        if (user == null && password == null) {
            return NONE;
        }
        if (user == null) {
            throw new IllegalArgumentException(PASSWORD_VARIABLE + " is set but " + USER_VARIABLE + " is not");
        }
        if (password == null) {
            throw new IllegalArgumentException(USER_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not");
        }
        return new Basic(user, password);
    }

    /** Who the server is told we are, for the summary; never the secret. */
    String describe();

    record None() implements PushCredentials {
        @Override
        public String describe() {
            return "without credentials";
        }
    }

    record Basic(String user, String password) implements PushCredentials {
        public Basic {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String describe() {
            return "as " + user;
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + "]";
        }
    }

    record Bearer(String token) implements PushCredentials {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String describe() {
            return "with a bearer token";
        }

        @Override
        public String toString() {
            return "Bearer[…]";
        }
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
