package org.rosetta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.rosetta.account.Roles;

/**
 * Every API test again, on a real PostgreSQL: the migrations and queries must work on both
 * databases. CI starts a throwaway database and sets ROSETTA_TEST_POSTGRES_URL (see .ci/run).
 */
@QuarkusTest
@TestSecurity(user = "Anna", roles = Roles.LEAD)
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PostgresCheckApiTest extends CheckApiTest {}
