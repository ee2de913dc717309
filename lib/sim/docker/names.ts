// PURPOSE: Docker's auto-generated container names: "<adjective>_<surname>".
// MODELS: docker run --name default, https://docs.docker.com/reference/cli/docker/container/run/#name
// NOT MODELLED: Docker's own word lists; these are a smaller list in the same spirit.

import type { Rng } from "../core/rng";

const ADJECTIVES = [
  "admiring", "agitated", "amazing", "awesome", "blissful", "bold", "brave", "charming", "clever", "compassionate",
  "competent", "confident", "cool", "dazzling", "determined", "eager", "ecstatic", "elegant", "epic", "focused",
  "friendly", "gallant", "gifted", "goofy", "happy", "hopeful", "jolly", "keen", "kind", "laughing",
  "loving", "modest", "nervous", "nice", "optimistic", "peaceful", "pensive", "quirky", "relaxed", "serene",
  "sharp", "stoic", "sweet", "tender", "trusting", "upbeat", "vibrant", "wizardly", "youthful", "zealous",
];

const SURNAMES = [
  "agnesi", "babbage", "bardeen", "bell", "booth", "borg", "brattain", "curie", "darwin", "dijkstra",
  "einstein", "euclid", "fermat", "feynman", "franklin", "galileo", "gauss", "goldberg", "goodall", "hawking",
  "hopper", "hypatia", "johnson", "kepler", "knuth", "lamport", "lovelace", "mccarthy", "meitner", "mirzakhani",
  "morse", "newton", "noether", "pasteur", "perlman", "pike", "ritchie", "sammet", "shannon", "thompson",
  "tesla", "torvalds", "turing", "vaughan", "wiles", "williams", "wright", "yalow", "zhukovsky", "lichterman",
];

export function generateContainerName(rng: Rng, taken: (name: string) => boolean): string {
  for (let attempt = 0; ; attempt++) {
    const base = `${rng.pick(ADJECTIVES)}_${rng.pick(SURNAMES)}`;
    const name = attempt < 10 ? base : `${base}${rng.int(10)}`;
    if (!taken(name)) return name;
  }
}
