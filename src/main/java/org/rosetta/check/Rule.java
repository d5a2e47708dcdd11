package org.rosetta.check;

import java.util.List;

/** One QA check over an aligned document. */
public interface Rule {
  List<Finding> check(CheckContext context);
}
