#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace warden::test {

/// Finds a child widget by object name or fails the test run loudly.
template<typename T> T* child(QObject* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (widget == nullptr) {
        qFatal("no child %s", name);
    }
    return widget;
}

/// Runs `step` on the first visible top-level widget of type T once it appears (a menu or a
/// modal dialog opened by exec() blocks the test until something interacts with it).
template<typename T> void whenShown(std::function<void(T*)> step, int timeoutMs = 5000)
{
    auto* timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, step, waited, timeoutMs] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* target = qobject_cast<T*>(widget); target != nullptr && target->isVisible()) {
                timer->stop();
                timer->deleteLater();
                step(target);
                return;
            }
        }
        *waited += 20;
        if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qFatal("waited in vain for a %s", T::staticMetaObject.className());
        }
    });
    timer->start();
}

/// A key press to the widget that has the keyboard focus.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    if (focus == nullptr) {
        qFatal("no widget has the keyboard focus");
    }
    QTest::keyClick(focus, key, modifiers);
}

inline void type(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    if (focus == nullptr) {
        qFatal("no widget has the keyboard focus");
    }
    QTest::keyClicks(focus, text);
}

/// Presses Tab until `target` has the focus; false when it never gets it.
inline bool tabTo(QWidget* target)
{
    for (int presses = 0; presses < 40; ++presses) {
        if (QApplication::focusWidget() == target) {
            return true;
        }
        press(Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

inline bool showActive(QWidget* window)
{
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

} // namespace warden::test
