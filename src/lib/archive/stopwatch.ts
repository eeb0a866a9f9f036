/** Phase timing of the data step: wall time and this process's CPU time (all its threads), in ms. */
export type Timing = (step: string, ms: number, cpuMs: number) => void;

export interface Stopwatch {
  wall(): number;
  cpu(): number;
}

export function stopwatch(): Stopwatch {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return {
    wall: () => performance.now() - wall,
    cpu: () => {
      const d = process.cpuUsage(cpu);
      return (d.user + d.system) / 1000;
    },
  };
}
