import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { mergeConfigInputs, parseConfigLayer, ruleIds, validateConfig, type Config } from "../checks/index.js";

export const CONFIG_NAMES = [".postlint.yml", ".postlint.yaml", ".postlint.json"];

interface Layer {
  path: string;
  input: Record<string, unknown>;
  root: boolean;
}

/**
 * Finds the config for a file, as .editorconfig does: every `.postlint.yml`
 * from the file's folder up to the repository root (the folder holding `.git`)
 * or the filesystem root, merged outermost first so the nearest wins key by
 * key. A file with `root: true` stops the search. `--config FILE` replaces the
 * search. Without any file, the defaults apply.
 */
export class ConfigLoader {
  private readonly layers = new Map<string, Layer>();
  private readonly resolved = new Map<string, { config: Config; paths: string[] }>();

  constructor(private readonly explicit?: string) {}

  /** Throws ConfigError (with line numbers) or a plain Error for an unreadable file. */
  forFile(fileAbsolute: string | null, cwd: string): { config: Config; paths: string[] } {
    const start = this.explicit ? "--config" : fileAbsolute ? dirname(fileAbsolute) : cwd;
    const hit = this.resolved.get(start);
    if (hit) return hit;
    const chain: Layer[] = [];
    if (this.explicit) chain.push(this.load(resolve(cwd, this.explicit)));
    else {
      let dir = start;
      for (;;) {
        const name = CONFIG_NAMES.find((n) => existsSync(join(dir, n)));
        if (name) {
          const layer = this.load(join(dir, name));
          chain.unshift(layer);
          if (layer.root) break;
        }
        const parent = dirname(dir);
        if (parent === dir || existsSync(join(dir, ".git"))) break;
        dir = parent;
      }
    }
    const source = chain[chain.length - 1]?.path;
    const config = validateConfig(mergeConfigInputs(...chain.map((l) => l.input)), source, ruleIds);
    const result = { config, paths: chain.map((l) => l.path) };
    this.resolved.set(start, result);
    return result;
  }

  private load(path: string): Layer {
    const hit = this.layers.get(path);
    if (hit) return hit;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new Error(`cannot read config file ${path}`);
    }
    const { input } = parseConfigLayer(text, path, ruleIds);
    const layer = { path, input, root: input.root === true };
    this.layers.set(path, layer);
    return layer;
  }
}
