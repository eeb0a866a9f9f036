/**
 * Run one benchmark phase as a child process tree and measure it: wall time,
 * CPU time, the peak resident memory of every process in the tree (sampled from
 * /proc every 50 ms: VmHWM, the kernel's own high-water mark, so a short
 * peak between samples is still seen while the process lives), and how busy
 * the rest of the machine was meanwhile.
 *
 * CPU time is this process's children's user + system time (/proc/self/stat
 * cutime + cstime) before and after: the kernel adds a child's time, and that of
 * every descendant it waited for (Pagefind under Astro, Hugo under the bench),
 * when the child is reaped, so it is the whole tree's, exactly. The load of
 * others is the machine's busy CPU time (/proc/stat) minus the phase's own,
 * per second of wall time: 1.0 means another process kept one core busy.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface PhaseResult {
  name: string;
  seconds: number;
  /** Peak RSS in MB per process kind (command name), the largest of each kind. */
  peakRssMb: Record<string, number>;
  /** User + system CPU seconds of the whole process tree. */
  cpuSeconds: number;
  /** Cores' worth of CPU used by other processes on the machine during the phase (mean). */
  othersLoad: number;
  exitCode: number;
  output: string;
}

const TICK = 100; // USER_HZ: /proc reports CPU times in 1/100 s on Linux

/** CPU seconds of the reaped children of this process (user + system). */
export function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields 16 and 17 of /proc/pid/stat (cutime, cstime); f[0] is field 3
  return (Number(f[13]) + Number(f[14])) / TICK;
}

/** Busy CPU seconds of the whole machine since boot (all cores, idle and iowait left out). */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + (steal ?? 0)) / TICK;
}

function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch { /* gone */ }
  }
  return kids;
}

function processName(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const exe = (argv[0] ?? '').split('/').at(-1)!;
    if (exe === 'node') {
      const script = argv.slice(1).find((a) => /\.(m?[jt]s)$/.test(a));
      return `node ${script?.split('/').slice(-2).join('/') ?? ''}`.trim();
    }
    return exe || readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

function hwmMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

export function runPhase(name: string, cmd: string, args: string[], env: Record<string, string> = {}, echo = true, cwd?: string): Promise<PhaseResult> {
  return new Promise((resolvePhase) => {
    const t0 = performance.now();
    const cpu0 = childrenCpuSeconds();
    const busy0 = machineBusySeconds();
    const self0 = process.cpuUsage();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd });
    const peak: Record<string, number> = {};
    let output = '';
    const onData = (b: Buffer) => {
      output += b.toString();
      if (echo) process.stderr.write(b.toString().split('\n').filter(Boolean).map((l) => `    ${name}| ${l}\n`).join(''));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const sample = () => {
      const kids = children();
      const stack = [child.pid!];
      while (stack.length) {
        const pid = stack.pop()!;
        const mb = hwmMb(pid);
        const key = processName(pid);
        if (mb > (peak[key] ?? 0)) peak[key] = mb;
        stack.push(...(kids.get(pid) ?? []));
      }
    };
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      const cpuSeconds = childrenCpuSeconds() - cpu0;
      const self = process.cpuUsage(self0);
      // the bench's own sampling is neither the phase's work nor the others' load
      const others = Math.max(0, machineBusySeconds() - busy0 - cpuSeconds - (self.user + self.system) / 1e6);
      resolvePhase({ name, seconds: +seconds.toFixed(2), cpuSeconds: +cpuSeconds.toFixed(2), othersLoad: +(others / seconds).toFixed(2), peakRssMb: peak, exitCode: code ?? 1, output });
    });
  });
}
