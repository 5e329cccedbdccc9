#pragma once

namespace warden {

/// Registers the icons of resources/warden.qrc, which live in this static library and would
/// otherwise be dropped by the linker. Safe to call more than once.
void ensureUiResources();

} // namespace warden
