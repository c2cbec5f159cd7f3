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
