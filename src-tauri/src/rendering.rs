//! How WebKitGTK draws the window. Its DMA-BUF renderer composites every frame through GL;
//! without a GPU (virtual machines, remote desktops, as many offices run) that is Mesa's
//! software GL, which made Leadbridge's first frame several hundred milliseconds slower and
//! cost about 70 MB more memory, and it is behind known blank-window bugs on some drivers.
//! Leadbridge uses WebKit's shared-memory path unless the user chose otherwise.

/// WebKitGTK's own switch; set to `0` to keep the DMA-BUF renderer.
const DISABLE_DMABUF: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";

/// Must run before any thread starts and before WebKit is loaded.
pub fn prefer_shared_memory() {
    if cfg!(target_os = "linux") && std::env::var_os(DISABLE_DMABUF).is_none() {
        // SAFETY: called first in `run`, while the process has a single thread, so no other
        // thread can read the environment concurrently.
        unsafe { std::env::set_var(DISABLE_DMABUF, "1") };
    }
}
