#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace warden {

/// The text colour of rows shown greyed out (already a member, not set up, disabled) that must
/// stay readable: the style's disabled grey is often below 3:1 against the background; three
/// parts text to one part background stays above 7:1 on light and dark palettes.
inline QColor readableGrey()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    return QColor((text.red() * 3 + base.red()) / 4, (text.green() * 3 + base.green()) / 4,
                  (text.blue() * 3 + base.blue()) / 4);
}

} // namespace warden
