/**
 * Strongly connected components (Tarjan), without recursion so that a long dependency
 * chain cannot exhaust the stack. `edges[n]` lists what node n depends on; components come
 * out dependencies first, which is the order to evaluate them in.
 */
export function components(count: number, edges: readonly (readonly number[])[], roots: readonly number[]): number[][] {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const out: number[][] = [];
  let next = 0;

  for (const root of roots) {
    if (index[root] !== -1) continue;
    // Each frame: node and the position of the next edge to follow.
    const frames: [number, number][] = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [node, edge] = frame;
      const targets = edges[node] ?? [];
      if (edge < targets.length) {
        frame[1] = edge + 1;
        const target = targets[edge] as number;
        if (index[target] === -1) {
          index[target] = low[target] = next++;
          stack.push(target);
          onStack[target] = 1;
          frames.push([target, 0]);
        } else if (onStack[target]) low[node] = Math.min(low[node] as number, index[target] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if (low[node] === index[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        out.push(component.reverse());
      }
    }
  }
  return out;
}
