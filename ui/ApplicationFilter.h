#pragma once

#include <QApplication>

namespace warden {

/// Installs one `Filter` (a QObject event filter constructed from its parent) on the running
/// application; later calls find it there and do nothing.
template<typename Filter> void installApplicationFilter()
{
    if (qApp == nullptr || qApp->findChild<Filter*>(QString(), Qt::FindDirectChildrenOnly) != nullptr) {
        return;
    }
    qApp->installEventFilter(new Filter(qApp));
}

} // namespace warden
