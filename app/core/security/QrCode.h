#pragma once

#include <QList>
#include <QString>

namespace warden {

/// A QR code as a square of modules, encoded by libqrencode; the UI paints it.
class QrCode
{
public:
    static QrCode encode(const QString& text);

    [[nodiscard]] bool isValid() const { return m_size > 0; }
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    /// Terminal rendering with half-block characters, for wardenctl init.
    [[nodiscard]] QString toText() const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace warden
