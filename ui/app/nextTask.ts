/**
 * Yields to the event loop so that input and rendering can run between chunks of work.
 * A MessageChannel message is a new task without setTimeout's 4 ms clamping.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the next frame has been rendered (a task queued from requestAnimationFrame),
 * or after `maxWaitMs` when no frame comes (a hidden tab renders none), so work paced by
 * frames never stalls.
 */
export function nextFrame(maxWaitMs = 100): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void nextTask().then(resolve);
    };
    const timer = setTimeout(finish, maxWaitMs);
    requestAnimationFrame(finish);
  });
}

/**
 * Resolves when the page is idle (a task from requestIdleCallback), or after `maxWaitMs`
 * at the latest, so work that can wait (reading data files) does not compete with drawing.
 */
export function idleTask(maxWaitMs = 500): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: maxWaitMs }));
}
