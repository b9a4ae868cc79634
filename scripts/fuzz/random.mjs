// A small seeded random source (sfc32). Every fuzz input draws from its own generator, made from the
// run's seed and the input's index, so that input N is the same whatever ran before it.

export class Random {
  constructor(seed, index = 0) {
    // splitmix32 spreads (seed, index) over the four words of state.
    let x = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
    const next = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** 0 <= n < max. */
  int(max) {
    return max <= 0 ? 0 : Math.floor((this.uint32() / 4294967296) * max);
  }

  /** min <= n <= max. */
  range(min, max) {
    return min + this.int(max - min + 1);
  }

  chance(p) {
    return this.uint32() / 4294967296 < p;
  }

  pick(items) {
    return items[this.int(items.length)];
  }

  /** `choices`: [weight, value] pairs. */
  weighted(choices) {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let roll = (this.uint32() / 4294967296) * total;
    for (const [weight, value] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][1];
  }

  /** Sizes spread over orders of magnitude: mostly small, sometimes large. */
  skewed(max) {
    return Math.floor(Math.exp((this.uint32() / 4294967296) * Math.log(max + 1)));
  }
}
