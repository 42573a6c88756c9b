// The pictures (issue #11): an image's layer history and a running container's CPU and memory, in real webviews.
// The pages report what they drew (count of bars / points); the docker CLI says what they should have drawn.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ContainerStatsPanel } from '../features/charts/ContainerStatsPanel';
import type { LayerHistoryPanel } from '../features/charts/LayerHistoryPanel';
import type { StatsSampleParams } from '../protocol';
import { assertEqual, screenshot, type TestCase, waitFor } from './harness';
import { api, delay, docker, dockerWith, findNode, imageNode, runLabel, testImage, testName, waitForAsync } from './fixtures';

const layered = `${testName('layers')}:e2e`;

/** An image with layers of different sizes (COPY, no RUN: the classic builder's RUN needs the default bridge). */
async function buildLayeredImage(): Promise<void> {
  const context = fs.mkdtempSync(path.join(os.tmpdir(), 'containers-e2e-layers-'));
  try {
    fs.writeFileSync(path.join(context, 'small.txt'), 'x'.repeat(40_000));
    fs.writeFileSync(path.join(context, 'medium.bin'), Buffer.alloc(700_000, 7));
    fs.writeFileSync(path.join(context, 'large.bin'), Buffer.alloc(2_400_000, 9));
    fs.writeFileSync(
      path.join(context, 'Dockerfile'),
      [
        `FROM ${testImage}`,
        `LABEL ${runLabel}`,
        'ENV APP_HOME=/srv/app',
        'COPY small.txt /srv/app/config/small.txt',
        'COPY medium.bin /srv/app/lib/medium.bin',
        'WORKDIR /srv/app',
        'COPY large.bin /srv/app/data/large.bin',
        'EXPOSE 8080',
        'CMD ["sh", "-c", "ls -l /srv/app"]',
        '',
      ].join('\n'),
    );
    await dockerWith({ DOCKER_BUILDKIT: '0' }, 'build', '-q', '-t', layered, context);
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
}

export const chartTests: TestCase[] = [
  {
    name: 'Show Layer History draws one bar per docker history entry, labelled with its instruction (screenshot)',
    run: async (): Promise<void> => {
      await buildLayeredImage();
      const node = await imageNode(layered);
      const panel = await vscode.commands.executeCommand<LayerHistoryPanel | undefined>('containers.image.history', node);
      if (panel === undefined) {
        throw new Error('Show Layer History opened no panel');
      }
      const bars = await waitFor('the chart to draw', () => panel.rendered);
      // docker history lists newest first; the chart reads top-down like the Dockerfile.
      const cli = (await docker('history', '--no-trunc', '--format', '{{json .}}', layered)).split('\n').map((l) => JSON.parse(l) as { CreatedBy: string; Comment: string });
      assertEqual(bars, cli.length, 'bars drawn (docker history entries)');
      assertEqual(panel.layers.length, cli.length, 'layers sent to the page');
      const expected = [...cli].reverse().map((l) => (l.CreatedBy === '' ? l.Comment : l.CreatedBy));
      assertEqual(JSON.stringify(panel.layers.map((l) => l.full)), JSON.stringify(expected), 'each bar’s full instruction (docker history --no-trunc, oldest first)');
      const large = panel.layers.find((l) => l.full.includes('large.bin'));
      assertEqual(large !== undefined && large.size >= 2_400_000 && panel.layers.every((l) => l.size <= large.size), true, 'the COPY of large.bin is the largest bar');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.closePanel');
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
      await delay(500);
      await screenshot('layer-history');
      panel.dispose();
      await vscode.commands.executeCommand('workbench.view.extension.containers');
    },
  },
  {
    name: 'Show Stats on a busy container charts CPU and memory, and closing it stops the stream (screenshot)',
    run: async (): Promise<void> => {
      const name = testName('busy');
      const id = await docker('run', '-d', '--network=none', '--name', name, '--label', runLabel, '--memory', '64m', testImage, 'sh', '-c', 'while :; do :; done');
      const extension = await api();
      const samples: StatsSampleParams[] = [];
      const subscription = extension.explorer.connection.onStatsSample((s) => samples.push(s));
      try {
        const node = await waitForAsync(`${name} running in the Containers tree`, () =>
          findNode(extension.explorer.containers, (n) => n.type === 'container' && n.item.id === id && n.item.state === 'running'),
        );
        const panel = await vscode.commands.executeCommand<ContainerStatsPanel | undefined>('containers.container.stats', node);
        if (panel === undefined) {
          throw new Error('Show Stats opened no panel');
        }
        await waitFor('five points drawn', () => (panel.rendered >= 5 ? true : undefined), 45_000);
        const mine = samples.filter((s) => s.streamId === panel.id);
        const busiest = Math.max(...mine.map((s) => s.cpuPercent));
        assertEqual(busiest > 20, true, `a busy loop shows CPU above 20 % (max ${busiest.toFixed(1)} %)`);
        // --memory 64m: the engine reports that limit, as docker stats does.
        assertEqual(mine.at(-1)?.memoryLimit, 64 * 1024 * 1024, 'memory limit');
        await vscode.commands.executeCommand('workbench.action.closeSidebar');
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
        // A few more points, so the picture shows a line over time.
        await waitFor('twelve points drawn', () => (panel.rendered >= 12 ? true : undefined), 45_000);
        await screenshot('container-stats');
        await vscode.commands.executeCommand('workbench.view.extension.containers');

        panel.panel.dispose();
        await panel.ended;
        // The server stops reading once cancelled: samples come about once a second, so three quiet seconds say it stopped.
        await delay(500);
        const before = samples.filter((s) => s.streamId === panel.id).length;
        await delay(3000);
        assertEqual(samples.filter((s) => s.streamId === panel.id).length, before, 'samples after the panel closed');
      } finally {
        subscription.dispose();
        await docker('rm', '-f', id).catch(() => '');
      }
    },
  },
];

export async function removeChartImages(): Promise<void> {
  await docker('rmi', '-f', layered).catch(() => '');
}
