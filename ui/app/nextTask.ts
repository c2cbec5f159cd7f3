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
