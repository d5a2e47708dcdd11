package org.rosetta.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the database's connection (PostgreSQL restarting, a failover, the network)
 * from a fault of ours: the first is a 503 the client can retry, the second a 500 with an incident.
 */
final class DatabaseDown {
  static final int RETRY_AFTER_SECONDS = 5;
  /** SQLSTATE class 08 is "connection exception"; 57P01..57P03: the server is shutting down or starting. */
  private static final String CONNECTION_CLASS = "08";

  private DatabaseDown() {}

  static boolean causes(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith(CONNECTION_CLASS) || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
    }
    return false;
  }
}
