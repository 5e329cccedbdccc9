#pragma once

namespace warden {

/// Registers the icons of resources/warden.qrc, which live in this static library and would
/// otherwise be dropped by the linker, and installs what every window shares (the keyboard
/// context-menu filter). Safe to call more than once.
void ensureUiResources();

} // namespace warden
