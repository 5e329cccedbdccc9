#pragma once

#include <QAccessible>
#include <QDialog>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

namespace warden::test {

/// The focusable widgets under `root` that are shown and that a screen reader cannot name.
inline QStringList unnamedOnScreen(QWidget* root)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    QStringList unnamed;
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy() != nullptr
            || qobject_cast<QDialog*>(widget) != nullptr || widget->inherits("QMainWindow")) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible == nullptr || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed.append(QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                    QString::fromLatin1(widget->window()->metaObject()->className())));
        }
    }
    return unnamed;
}

/// The focusable widgets under `root` (itself included) that a screen reader cannot name, on
/// every page of its tab widgets.
inline QStringList unnamedFocusable(QWidget* root)
{
    QStringList unnamed = unnamedOnScreen(root);
    const QList<QTabWidget*> tabs = root->findChildren<QTabWidget*>();
    for (QTabWidget* tab : tabs) {
        const int shown = tab->currentIndex();
        for (int page = 0; page < tab->count(); ++page) {
            if (page != shown && tab->isTabEnabled(page)) {
                tab->setCurrentIndex(page);
                unnamed += unnamedOnScreen(root);
            }
        }
        tab->setCurrentIndex(shown);
    }
    unnamed.removeDuplicates();
    return unnamed;
}

} // namespace warden::test
