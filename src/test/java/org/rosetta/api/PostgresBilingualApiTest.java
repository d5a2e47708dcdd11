package org.rosetta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.rosetta.account.Roles;

/** Bilingual checks again on a real PostgreSQL: the uploaded file is kept in a bytea column. */
@QuarkusTest
@TestSecurity(user = "Anna", roles = Roles.REVIEWER)
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PostgresBilingualApiTest extends BilingualApiTest {}
