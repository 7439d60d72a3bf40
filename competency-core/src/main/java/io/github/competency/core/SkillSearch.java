package io.github.competency.core;

import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Case- and accent-insensitive lookup of skills by name and alias. Each name is folded
 * ({@link Texts#fold}) and split into words; every prefix of every word is indexed, so a query
 * costs one map lookup per query word plus the size of the candidate sets.
 */
final class SkillSearch {

  /** Prefixes longer than this are not indexed; longer query words are cut to it. */
  private static final int MAX_PREFIX = 24;

  private final List<Skill> skills;
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, BitSet> prefixes = new HashMap<>();

  SkillSearch(List<Skill> skills) {
    this.skills = skills;
    for (int i = 0; i < skills.size(); i++) {
      Skill skill = skills.get(i);
      index(skill.name(), i);
      for (String alias : skill.aliases()) {
        index(alias, i);
      }
    }
  }

  private void index(String name, int position) {
    exact.putIfAbsent(compact(name), position);
    List<String> words = words(name);
    words.add(compact(name));
    for (String word : words) {
      for (int end = 1; end <= Math.min(word.length(), MAX_PREFIX); end++) {
        prefixes.computeIfAbsent(word.substring(0, end), k -> new BitSet()).set(position);
      }
    }
  }

  /** The first skill whose name or alias equals {@code name} once folded and compacted. */
  Optional<Skill> exact(String name) {
    Integer position = exact.get(compact(name));
    return position == null ? Optional.empty() : Optional.of(skills.get(position));
  }

  /** The skills whose words start with every word of the query; exact matches first. */
  List<Skill> search(String query) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    BitSet matches = null;
    for (String word : words) {
      BitSet candidates = prefixes.get(word.substring(0, Math.min(word.length(), MAX_PREFIX)));
      if (candidates == null) {
        return List.of();
      }
      if (matches == null) {
        matches = (BitSet) candidates.clone();
      } else {
        matches.and(candidates);
      }
    }
    List<Skill> result = new ArrayList<>(matches.cardinality());
    Integer first = exact.get(compact(query));
    if (first != null && matches.get(first)) {
      result.add(skills.get(first));
      matches.clear(first);
    }
    for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
      result.add(skills.get(i));
    }
    return Collections.unmodifiableList(result);
  }

  /** Folded words: runs of letters, digits, '#' and '+' (so that C# and C++ stay words). */
  static List<String> words(String text) {
    String folded = Texts.fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean wordChar = i < folded.length() && isWordChar(folded.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** The folded text without separators: "Node.js" and "node js" both become "nodejs". */
  static String compact(String text) {
    return String.join("", words(text));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '#' || c == '+';
  }
}
