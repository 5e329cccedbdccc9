#include "MenuReasons.h"

#include "ApplicationFilter.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMouseEvent>
#include <QStatusBar>

namespace warden {

MenuReasons::MenuReasons(QObject* parent)
    : QObject(parent)
{ }

void MenuReasons::install()
{
    installApplicationFilter<MenuReasons>();
}

bool MenuReasons::eventFilter(QObject* watched, QEvent* event)
{
    auto* menu = qobject_cast<QMenu*>(watched);
    if (menu == nullptr) {
        return false;
    }
    if (event->type() == QEvent::Show) {
        menu->setToolTipsVisible(true);
    } else if (event->type() == QEvent::MouseMove) {
        const QAction* action = menu->actionAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (action != nullptr && !action->isEnabled() && !action->toolTip().isEmpty()) {
            QWidget* owner = menu->parentWidget() != nullptr ? menu->parentWidget()->window() : nullptr;
            if (auto* window = qobject_cast<QMainWindow*>(owner)) {
                window->statusBar()->showMessage(tr("%1: %2").arg(
                    action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), action->toolTip()));
            }
        }
    }
    return false;
}

} // namespace warden
