package org.governance.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;

/** Runs ./platform the way a user does, and gets tokens from the real Keycloak. */
final class Platform {

    static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    static final String KEYCLOAK = "http://127.0.0.1:8180/realms/governance/protocol/openid-connect/token";
    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String DIRECTORS = "http://127.0.0.1:8081";
    static final String FILINGS = "http://127.0.0.1:8083";

    /** Variables added to the environment of every command run here (the EDGAR mirror's address, for one). */
    static final Map<String, String> ENVIRONMENT = new ConcurrentHashMap<>();

    private Platform() {
    }

    /** Runs ./platform with the arguments; its output goes to target/platform-*.log, which the failure names. */
    static String run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("platform").toString()));
        command.addAll(List.of(arguments));
        return exec(command, "platform-" + String.join("-", arguments).replaceAll("[^a-z-]", ""));
    }

    /** Runs a command of the repository (from its root), its output logged to e2e/target/NAME.log; fails on a non-zero exit. */
    static String exec(List<String> command, String name) {
        List<String> arguments = command.subList(1, command.size());
        File log = ROOT.resolve("e2e/target/" + name + ".log").toFile();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log);
            builder.environment().putAll(ENVIRONMENT);
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " " + String.join(" ", arguments) + " did not finish; see " + log);
            }
            String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " " + String.join(" ", arguments) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client-credentials token of a local-development client. */
    static String clientToken(String client, String secret) {
        return RestAssured.given().formParams(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret))
                .post(KEYCLOAK).then().statusCode(200).extract().path("access_token");
    }

    /** A demo user's token through the web client (direct grant exists in the local-development realm only). */
    static String userToken(String user, String password) {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", "governance-web", "username", user,
                "password", password, "scope", "openid")).post(KEYCLOAK).then().statusCode(200).extract().path("access_token");
    }

    static String tools() {
        return clientToken("governance-tools", "local-dev-governance-tools-secret");
    }

    static String loader() {
        return clientToken("filings-loader", "local-dev-filings-loader-secret");
    }

    static String pid(String service) {
        try {
            return Files.readString(ROOT.resolve(".platform/" + service + ".pid")).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
