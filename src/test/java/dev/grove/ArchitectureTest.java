// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package boundaries of DESIGN.md honest: who may import whom, and no cycles. */
class ArchitectureTest {
    private static JavaClasses classes;

    /** For each package: the grove packages it may depend on (besides itself and common). */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", List.of()),
            Map.entry("term.parse", List.of()),
            Map.entry("term.screen", List.of()),
            Map.entry("term", List.of("term.parse", "term.screen")),
            Map.entry("pty", List.of()),
            Map.entry("config", List.of()),
            Map.entry("protocol", List.of()),
            Map.entry("git", List.of()),
            Map.entry("session", List.of("term", "term.parse", "term.screen", "pty", "config")),
            Map.entry("coord", List.of("session", "term", "term.screen", "git", "config", "pty", "coord.status",
                    "coord.agent", "coord.worktree")),
            Map.entry("coord.status", List.of("config")),
            Map.entry("coord.agent", List.of("coord.status", "term.screen", "config")),
            Map.entry("coord.worktree", List.of("git", "config", "coord.agent")),
            Map.entry("coord.flow", List.of("coord.worktree", "coord.status", "coord.agent", "git", "config")),
            Map.entry("keys", List.of("term", "config")),
            Map.entry("ui", List.of("session", "term.screen", "config", "coord", "coord.status", "coord.agent",
                    "coord.worktree", "keys")),
            Map.entry("client", List.of("protocol", "config")),
            Map.entry("server", List.of("session", "coord", "coord.status", "coord.agent", "coord.worktree",
                    "coord.flow", "ui", "keys", "protocol", "config", "git", "pty", "term", "term.parse",
                    "term.screen")),
            Map.entry("cli", List.of("client", "protocol", "config", "server", "session", "term", "term.screen",
                    "coord", "coord.status", "coord.agent", "coord.worktree", "coord.flow", "git")));

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.grove");
    }

    @Test
    void eachPackageImportsOnlyWhatItMay() {
        for (Map.Entry<String, List<String>> e : ALLOWED.entrySet()) {
            List<String> allowed = new ArrayList<>();
            allowed.add("dev.grove." + e.getKey());
            allowed.add("dev.grove.common..");
            allowed.add("java..");
            allowed.add("javax..");
            allowed.add("jdk..");
            allowed.add("sun..");
            allowed.add("com.sun..");
            allowed.add("com.fasterxml..");
            allowed.add("com.googlecode.lanterna..");
            allowed.add("com.pty4j..");
            allowed.add("org.eclipse.jgit..");
            allowed.add("picocli..");
            allowed.add("org.slf4j..");
            for (String p : e.getValue()) {
                allowed.add("dev.grove." + p);
            }
            ArchRule rule = classes().that().resideInAPackage("dev.grove." + e.getKey())
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(new String[0]))
                    .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.grove.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyPtyUsesPty4j() {
        noClasses().that().resideOutsideOfPackage("dev.grove.pty..")
                .should().dependOnClassesThat().resideInAPackage("com.pty4j..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyGitUsesJgit() {
        noClasses().that().resideOutsideOfPackage("dev.grove.git..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyConfigAndProtocolUseJackson() {
        noClasses().that().resideOutsideOfPackages("dev.grove.config..", "dev.grove.protocol..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyUiAndClientUseLanterna() {
        noClasses().that().resideOutsideOfPackages("dev.grove.ui..", "dev.grove.client..")
                .should().dependOnClassesThat().resideInAPackage("com.googlecode.lanterna..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("dev.grove.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .allowEmptyShould(true).check(classes);
    }
}
