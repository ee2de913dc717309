/**
 * PURPOSE: remember the answers of a pure function of a string that hot paths ask again and again
 * (timestamps, image references, chain names). The cache forgets everything once it holds `limit`
 * answers, so it stays small whatever a long session throws at it.
 */
export function memoizeByString<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = fn(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
