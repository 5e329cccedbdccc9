#include "WindowMemory.h"

#include "ApplicationFilter.h"

#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QSettings>

namespace warden {

namespace {

/// Windows whose size and place are kept: dialogs and main windows; not menus or tooltips, and
/// not the boxes Qt sizes to what they say (messages, progress, single inputs).
bool remembered(const QWidget* widget)
{
    if (!widget->isWindow() || widget->inherits("QMessageBox") || widget->inherits("QProgressDialog")
        || widget->inherits("QInputDialog")) {
        return false;
    }
    return qobject_cast<const QDialog*>(widget) != nullptr || qobject_cast<const QMainWindow*>(widget) != nullptr;
}

QString keyOf(const QWidget* widget)
{
    const QString name =
        widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
    return QStringLiteral("windows/") + name;
}

} // namespace

WindowMemory::WindowMemory(QObject* parent)
    : QObject(parent)
{ }

void WindowMemory::install()
{
    installApplicationFilter<WindowMemory>();
}

bool WindowMemory::eventFilter(QObject* watched, QEvent* event)
{
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget == nullptr || (event->type() != QEvent::Show && event->type() != QEvent::Hide) || !remembered(widget)
        || event->spontaneous()) {
        return false;
    }
    QSettings settings;
    const QString key = keyOf(widget);
    auto* mainWindow = qobject_cast<QMainWindow*>(widget);
    if (event->type() == QEvent::Show) {
        // Once per window object: a window shown again keeps where it is now.
        if (widget->property("warden.geometryRestored").toBool()) {
            return false;
        }
        widget->setProperty("warden.geometryRestored", true);
        widget->restoreGeometry(settings.value(key + QStringLiteral("/geometry")).toByteArray());
        if (mainWindow != nullptr) {
            mainWindow->restoreState(settings.value(key + QStringLiteral("/state")).toByteArray());
        }
    } else {
        settings.setValue(key + QStringLiteral("/geometry"), widget->saveGeometry());
        if (mainWindow != nullptr) {
            settings.setValue(key + QStringLiteral("/state"), mainWindow->saveState());
        }
    }
    return false;
}

} // namespace warden
