#include "KeyboardContextMenu.h"

#include "ApplicationFilter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>

namespace warden {

namespace {

bool opensContextMenu(const QKeyEvent& key)
{
    const Qt::KeyboardModifiers modifiers = key.modifiers() & ~Qt::KeypadModifier;
    return (key.key() == Qt::Key_F10 && modifiers == Qt::ShiftModifier)
        || (key.key() == Qt::Key_Menu && modifiers == Qt::NoModifier);
}

} // namespace

KeyboardContextMenu::KeyboardContextMenu(QObject* parent)
    : QObject(parent)
{ }

void KeyboardContextMenu::install()
{
    installApplicationFilter<KeyboardContextMenu>();
}

bool KeyboardContextMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ContextMenu) {
        // The platform's own menu-key event, after this filter already opened the menu for it.
        const auto* menu = static_cast<QContextMenuEvent*>(event);
        return menu->reason() == QContextMenuEvent::Keyboard && menu->spontaneous()
            && (m_showing || (m_opened.isValid() && m_opened.elapsed() < 250));
    }
    if (event->type() != QEvent::KeyPress || watched != QApplication::focusWidget()
        || !opensContextMenu(*static_cast<QKeyEvent*>(event))) {
        return false;
    }
    auto* widget = static_cast<QWidget*>(watched);
    if (widget->contextMenuPolicy() == Qt::NoContextMenu || widget->contextMenuPolicy() == Qt::PreventContextMenu) {
        return false;
    }
    QWidget* receiver = widget;
    QPoint at = widget->rect().center();
    if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        receiver = view->viewport();
        const QModelIndex current = view->currentIndex();
        if (current.isValid()) {
            view->scrollTo(current);
            const QRect item = view->visualRect(current).intersected(view->viewport()->rect());
            // Just inside the item's start, as Explorer and ADUC place it.
            at = QPoint(item.left() + std::min(item.width() / 2, 24), item.center().y());
        } else {
            at = QPoint(4, 4);
        }
    }
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, receiver->mapToGlobal(at));
    m_showing = true;
    QCoreApplication::sendEvent(receiver, &menu); // returns when the menu closes
    m_showing = false;
    m_opened.start();
    return true;
}

} // namespace warden
