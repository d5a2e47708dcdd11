package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of rules names every rule the engine reports, and no other. */
class RuleTableTest {
  private static final Pattern ROW = Pattern.compile("^\\| ((?:`[a-z.\\-]+`(?:, )?)+) \\|", Pattern.MULTILINE);
  private static final Pattern ID = Pattern.compile("`([a-z.\\-]+)`");

  @Test
  void theReadmeListsEveryRuleOnce() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("| rule | severity | what |");
    assertThat(start).as("the README has its rule table").isPositive();
    String table = readme.substring(start, readme.indexOf("\n\n", start));
    Set<String> listed = new LinkedHashSet<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      Matcher id = ID.matcher(row.group(1));
      while (id.find()) {
        assertThat(listed.add(id.group(1))).as(id.group(1) + " listed once").isTrue();
      }
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.stream(RuleId.values()).map(RuleId::id).toList());
  }
}
