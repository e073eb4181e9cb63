package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statements name an endpoint: a method and a path, in a code span or in prose. */
class ApiContractSectionTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "`POST /api/jobs` is new.|POST /api/jobs",
                "`get /api/jobs` lists them.|get /api/jobs",
                "POST /api/login returns a token.|POST /api/login",
                "Clients call POST /api/login.|POST /api/login",
                "(see DELETE /api/jobs/{id})|DELETE /api/jobs/{id}",
                "**PATCH /api/me** changes the name.|PATCH /api/me",
                "Call POST `/api/login` first.|POST /api/login",
                "GET /a, then PUT /b; done|GET /a;PUT /b"
            })
    void endpointsAreAMethodAndAPath(String statement, String endpoints) {
        assertThat(ApiContractSection.of(statement).endpoints()).containsExactly(endpoints.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "`/api/health` answers 200.",
                "Paths live under /api/v2.",
                "Users get /api/login from the docs.",
                "Config in `/etc/app.yaml`.",
                "FORGET /x and GETS /y",
                "Use `POST` for writes.",
                "`POST /a b` is not one path."
            })
    void aPathAloneOrALowerCaseVerbInProseIsNoEndpoint(String statement) {
        assertThat(ApiContractSection.of(statement).endpoints()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"`POST /jobs` and POST /jobs again|POST /jobs", "POST /jobs then `GET /jobs`|POST /jobs;GET /jobs"
            })
    void endpointsAreDistinctInOrderOfAppearance(String statement, String endpoints) {
        assertThat(ApiContractSection.of(statement).endpoints()).containsExactly(endpoints.split(";"));
    }
}
