/** macOS and Windows always have a display; on Linux and the BSDs a session without X or Wayland has none. */
export const hasDisplay =
  !['linux', 'freebsd', 'openbsd'].includes(process.platform) || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
