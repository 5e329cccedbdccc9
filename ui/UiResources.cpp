#include "UiResources.h"

#include "KeyboardContextMenu.h"
#include "MenuReasons.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initWardenResources()
{
    Q_INIT_RESOURCE(warden);
}

namespace warden {

void ensureUiResources()
{
    static const bool initialized = (initWardenResources(), true);
    Q_UNUSED(initialized)
    KeyboardContextMenu::install();
    MenuReasons::install();
}

} // namespace warden
