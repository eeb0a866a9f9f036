/**
 * Run one benchmark phase as a child process tree and measure it: wall time
 * and the peak resident memory of every process in the tree (sampled from
 * /proc every 50 ms: VmHWM, the kernel's own high-water mark, so a short
 * peak between samples is still seen while the process lives).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface PhaseResult {
  name: string;
  seconds: number;
  /** Peak RSS in MB per process kind (command name), the largest of each kind. */
  peakRssMb: Record<string, number>;
  exitCode: number;
  output: string;
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

export function runPhase(name: string, cmd: string, args: string[], env: Record<string, string> = {}, echo = true): Promise<PhaseResult> {
  return new Promise((resolvePhase) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
      resolvePhase({ name, seconds: +((performance.now() - t0) / 1000).toFixed(2), peakRssMb: peak, exitCode: code ?? 1, output });
    });
  });
}
