import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, plainWord } from "../../util/fr-nominal-group.js";
import { firstGroupForm, participlesOf, infinitiveTriggers } from "../../util/fr-first-group.js";
import { ADVERBS, AUXILIARIES, ETRE, key, skipWords, withCaseOf } from "../../util/fr-verbs.js";

const INVERTED_ETRE = /^(sommes|sont|est|es|êtes|suis|était|étaient|étais|étions|étiez|serait|seraient|sera|seront|serons|serez|fut|furent|semble|semblent|semblait|semblaient|sembla|paraît|parait|paraissait|paraissent|reste|restent|restait|restera|resteront|demeure|demeurent|demeurait|demeurera|demeureront)(?:-t)?-(nous|vous|ils|elles|il|elle|on|je|tu|iels|iel|ce)$/u;
/** Determiners that are never pronouns (unlike « le », « la », « les », « leur »): a verb form cannot follow them. */
const NOUN_DETERMINERS = new Set(["un", "une", "mon", "ton", "son", "ma", "ta", "sa", "notre", "votre", "au", "cet", "cette", "chaque"]);
/** Demonstrative pronouns and the participle ending agreeing with them. */
const DEMONSTRATIVES: Record<string, string> = { celui: "é", celle: "ée", ceux: "és", celles: "ées" };
/** Linking verbs other than « être »: an infinitive may follow them (« semble-t-il être »), a conjugated form may not. */
const LINKING = new Set(["semble", "semblent", "semblait", "semblaient", "sembla", "paraît", "parait", "paraissait", "paraissent", "reste", "restent", "restait", "restera", "resteront", "demeure", "demeurent", "demeurait", "demeurera", "demeureront"]);
/** The participle's ending after an inverted pronoun (« sont-elles arrivées »); « vous » may be one person: « é ». */
const AGREEMENT: Record<string, string> = { nous: "és", ils: "és", elles: "ées", elle: "ée", il: "é", on: "é", je: "é", tu: "é", vous: "é", iel: "é", iels: "és", ce: "é" };

const INVERTED_AVOIR = /^(?:a|as|ai|avons|avez|ont|avait|avais|avaient|avions|aviez|aura|auras|aurai|aurons|aurez|auront|aurait|aurais|auraient|aurions|auriez|eut|eût)(?:-t)?-(?:nous|vous|ils|elles|il|elle|on|je|tu|iels?)$/u;
const DETERMINERS = new Set(["des", "les", "le", "la", "l'", "un", "une", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "aux", "du", "de", "d'", "quelques", "plusieurs", "deux", "trois", "quatre", "nombreux"]);
const THIRD_PERSON_ETRE = new Set(["est", "était", "sera", "serait", "fut", "fût", "soit"]);
const REFLEXIVES = new Set(["s'", "se", "m'", "me", "t'", "te", "y", "en", "nous", "vous"]);
/** Endings of a first-group verb heard like its participle: « il a manger », « vous avez signez », « il a consacrait ». */
const PARTICIPLE_NEEDED = new Set(["er", "ez", "ait", "ais", "aient"]);
/** Direct objects before « avoir » with which the participle may agree (« je les ai trouvées »). */
const AGREEING_OBJECTS = new Set(["la", "les", "l'", "me", "m'", "te", "t'", "nous", "vous", "que", "qu'"]);
/** « réellement », « lentement »: an adverb in -ment (not a noun such as « moment »). */
const isAdverbInMent = (w: Word): boolean => w.lower.length > 6 && w.lower.endsWith("ment") && w.text === w.lower && !classOf(w.lower).nominal && isKnown(w.lower, "fr");

/**
 * Infinitive, past participle and some conjugated forms of first-group verbs
 * sound alike (« manger », « mangé », « mangez », « mangeait »). After « avoir »
 * and « être », after a demonstrative pronoun, « très » or a determiner, the
 * participle (or the noun made from it) is needed. The infinitive after
 * prepositions and verbs is checked by `grammar/fr-infinitive-after-preposition`
 * and `grammar/fr-infinitive-after-verb`.
 */
export const rule: Rule = {
  id: "grammar/fr-infinitive-participle",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Participe passé attendu : « Sébastien a demander » → « demandé », « sont-ils arriver » → « arrivés », « celui développer par Tim » → « développé », « un employer » → « employé ».",
  explanation:
    "After a form of « avoir » — whatever the subject, inverted (« avait-il »), in the infinitive or the gerund (« avoir », « ayant »), with short adverbs or adverbs in -ment between — a first-group verb takes its past participle, not the infinitive or a conjugated form that sounds the same (« il a demandé », not « demander », « demandez », « demandait »); with « la », « les », « que » before « avoir » the participle may agree, so the rule then only suggests the four forms. The same holds after « être » for the -ez form, and for the -er form when it is not also a noun or an adjective (« il est boucher »), unless « c'est » or a third-person « être » links two infinitives (« écouter n'est pas opiner »). After an inverted « être » (« sont-ils arrivés ») or linking verb (« semble-t-elle désirée »), after « celui », « celle », « ceux », « celles », after « très » and after « si », « aussi » before « que » or an inverted verb (« aussi borné que soit son père »), the participle or adjective is needed; after a determiner that is never a pronoun (« un », « son », « cette »…), the noun made from the participle (« un employé »). A first-group stem is one that makes the infinitive and the « nous » form.",
  check(doc, ctx) {
    for (const { s, i, k } of infinitiveTriggers(doc, ctx, "participle")) {
      const words = s.words;
      // « notre outil a était pensé » → « été », whatever the subject: « avoir » + imperfect of « être » is never right.
      if (AUXILIARIES.has(k)) {
        const next = words[skipWords(words, i + 1, ADVERBS)];
        if (next && /^(?:était|étais|étaient)$/u.test(next.lower)) {
          report(next, withCaseOf(next.text, "été"), "participe passé après l'auxiliaire");
          continue;
        }
      }
      // « Sommes-nous arriver ? », « Sont-ils déjà arriver ? », « était-ce oubliait »: « être » inverted, then the participle;
      // « semble-t-elle désirait »: after an inverted linking verb a conjugated form cannot follow either.
      const inverted = k.includes("-") ? INVERTED_ETRE.exec(k) : null;
      if (inverted) {
        // « Est-ce former des citoyens ? », « était-ce trop demander »: « ce » and linking verbs may be followed by an infinitive.
        const linking = LINKING.has(inverted[1] as string) || inverted[2] === "ce";
        let v = i + 1;
        while (v < words.length && (ADVERBS.has(key(words[v] as Word)) || isAdverbInMent(words[v] as Word))) v++;
        const verb = words[v];
        if (!plainWord(verb) || !adjacent(s.block, words[v - 1] as Word, verb)) continue;
        const form = firstGroupForm(verb.lower);
        if (!form || !PARTICIPLE_NEEDED.has(form.ending) || (linking && (form.ending === "er" || form.ending === "ez"))) continue;
        if (!isKnown(`${form.stem}é`, "fr")) continue;
        // « étaient-ce oubliés »: « ce » with a plural verb.
        const agreement = inverted[2] === "ce" && /(?:ent|ont)$/u.test(inverted[1] as string) ? "és" : AGREEMENT[inverted[2] as string] ?? "é";
        const right = `${form.stem}${agreement}`;
        report(verb, isKnown(right, "fr") ? right : `${form.stem}é`, linking ? `participe passé après « ${inverted[1]} »` : "participe passé après « être »");
        continue;
      }
      // « très bien documenter », « si presser semble-t-il », « aussi borner que soit son père »: an adverb of degree
      // then an adjective; the infinitive cannot follow « très », nor « si », « aussi » before an inverted verb or « que ».
      if (k === "très" || k === "si" || k === "aussi") {
        let v = i + 1;
        if (k === "très" && words[v] && (key(words[v] as Word) === "bien" || key(words[v] as Word) === "mal")) v++;
        const verb = words[v];
        if (!plainWord(verb) || !adjacent(s.block, words[v - 1] as Word, verb)) continue;
        if (k !== "très") {
          const after = words[v + 1];
          if (!after || !adjacent(s.block, verb, after) || !(key(after) === "que" || key(after) === "qu'" || /^[^-]+(?:-t)?-(?:je|tu|il|elle|on|nous|vous|ils|elles|iels?)$/u.test(key(after)))) continue;
        }
        const form = firstGroupForm(verb.lower);
        if (!form || form.ending !== "er" || classOf(verb.lower).nominal) continue;
        const forms = participlesOf(form.stem).map((p) => withCaseOf(verb.text, p));
        if (forms.length > 0) ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${forms.join(" », « ")} » (adjectif après « ${(words[i] as Word).text} »).`, suggestions: forms });
        continue;
      }
      // « un employer », « par une donnait »: after a determiner that is never a pronoun, the noun made from the participle.
      if (NOUN_DETERMINERS.has(k)) {
        const verb = words[i + 1];
        if (!plainWord(verb) || !adjacent(s.block, words[i] as Word, verb)) continue;
        const form = firstGroupForm(verb.lower);
        if (!form || form.ending === "é" || form.ending === "ée" || form.ending === "és" || form.ending === "ées" || form.ending === "ez" || classOf(verb.lower).nominal) continue;
        const nouns = participlesOf(form.stem).filter((p) => classOf(p).nominal);
        if (nouns.length === 0) continue;
        const forms = nouns.map((p) => withCaseOf(verb.text, p));
        ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${forms.join(" », « ")} » (nom après « ${(words[i] as Word).text} »).`, suggestions: forms });
        continue;
      }
      // « celui développer par Tim », « celles attaquait »: a demonstrative pronoun is followed by « qui », « de », « -ci » or a participle.
      const demonstrative = DEMONSTRATIVES[k];
      if (demonstrative !== undefined) {
        const verb = words[i + 1];
        if (!plainWord(verb) || !adjacent(s.block, words[i] as Word, verb)) continue;
        const form = firstGroupForm(verb.lower);
        if (!form || !PARTICIPLE_NEEDED.has(form.ending)) continue;
        const right = `${form.stem}${demonstrative}`;
        if (isKnown(right, "fr")) report(verb, right, `participe passé après « ${(words[i] as Word).text} »`);
        continue;
      }
      // « ces hommes sont tromper », « c'est être emportez par la vague »: « être » then a participle (agreeing with an unknown subject).
      if ((ETRE.has(k) && k !== "été") || k === "être" || k === "étant") {
        const before = i > 0 ? key(words[i - 1] as Word) : "";
        // « c'est manger », « le mieux est partir »: « être » may link its subject to an infinitive.
        if (before === "c'" || before === "ce" || before === "ça" || before === "cela" || before === "ceci") continue;
        let v = i + 1;
        while (v < words.length && (ADVERBS.has(key(words[v] as Word)) || isAdverbInMent(words[v] as Word))) v++;
        const verb = words[v];
        if (!plainWord(verb) || !adjacent(s.block, words[v - 1] as Word, verb)) continue;
        const form = firstGroupForm(verb.lower);
        if (!form || (form.ending !== "er" && form.ending !== "ez")) continue;
        if (form.ending === "er") {
          if (classOf(verb.lower).nominal) continue;
          // « Écouter n'est pas opiner », « vivre était lutter »: a third-person « être » may link two infinitives,
          // unless a reflexive or object pronoun makes it a compound tense (« s'y était consacré »); « cet être » is a noun.
          if (THIRD_PERSON_ETRE.has(k) && !REFLEXIVES.has(before)) continue;
          if (k === "être" && DETERMINERS.has(before)) continue;
        }
        const forms = participlesOf(form.stem).map((p) => withCaseOf(verb.text, p));
        if (forms.length === 0) continue;
        ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${forms.join(" », « ")} » (participe passé après « ${words[i]?.text} »).`, suggestions: forms });
        continue;
      }
      // « Sébastien a demander », « Avait-il marcher », « vous l'avez trouvez », « j'ai trop mangeais »: « avoir » (any subject,
      // inverted, or the infinitive « avoir ») then a first-group verb: its past participle.
      if (AUXILIARIES.has(k) || k === "avoir" || k === "ayant" || (k.includes("-") && INVERTED_AVOIR.test(k))) {
        // « des avions », « son aura »: nouns.
        if ((k === "avions" || k === "aura") && i > 0 && DETERMINERS.has(key(words[i - 1] as Word))) continue;
        let v = i + 1;
        while (v < words.length && (ADVERBS.has(key(words[v] as Word)) || isAdverbInMent(words[v] as Word))) v++;
        const verb = words[v];
        if (!plainWord(verb) || !adjacent(s.block, words[v - 1] as Word, verb)) continue;
        const form = firstGroupForm(verb.lower);
        if (!form || !PARTICIPLE_NEEDED.has(form.ending)) continue;
        const participle = `${form.stem}é`;
        if (!isKnown(participle, "fr")) continue;
        // An object pronoun before « avoir » may make the participle agree (« les avaient-ils détectés »): no fix then.
        const before = i > 0 ? key(words[i - 1] as Word) : "";
        const agrees = AGREEING_OBJECTS.has(before) || (i > 1 && AGREEING_OBJECTS.has(key(words[i - 2] as Word)) && before !== "ne" && before !== "n'");
        if (agrees) {
          const forms = participlesOf(form.stem).map((p) => withCaseOf(verb.text, p));
          ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${forms.join(" », « ")} » (participe passé après l'auxiliaire).`, suggestions: forms });
        } else report(verb, withCaseOf(verb.text, participle), "participe passé après l'auxiliaire");
      }
    }
    function report(verb: Word, right: string, why: string): void {
      ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${right} » (${why}).`, suggestions: [right], fix: { range: verb.range, text: right } });
    }
  },
};
