/**
 * One review of a short post per language, for a runtime that lives on (the Worker) to run at start-up:
 * a first review compiles hundreds of patterns and builds the rules' indexes, ~200 ms of CPU on this
 * machine, which the start-up budget (1 s) can pay and a request's (10 ms on the free plan) cannot.
 */
export declare function warmUp(): void;
