/** True when testcontainers can reach a container runtime (Docker or Podman) within a few seconds. */
import { getContainerRuntimeClient } from 'testcontainers';

export async function containerRuntimeAvailable(timeoutMs = 5000): Promise<boolean> {
  if (process.env.URP_NO_CONTAINERS === '1') return false;
  const probe = getContainerRuntimeClient().then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([probe, timeout]);
}
