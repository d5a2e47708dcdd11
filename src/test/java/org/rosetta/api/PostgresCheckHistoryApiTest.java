package org.rosetta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.rosetta.account.Roles;

/** The audit trail again on a real PostgreSQL. */
@QuarkusTest
@TestSecurity(user = "Dana", roles = Roles.LEAD)
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PostgresCheckHistoryApiTest extends CheckHistoryApiTest {}
