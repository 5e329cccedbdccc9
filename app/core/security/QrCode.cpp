#include "QrCode.h"

#include <qrencode.h>

namespace warden {

QrCode QrCode::encode(const QString& text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    QRcode* raw = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (raw == nullptr) {
        return code;
    }
    code.m_size = raw->width;
    code.m_modules.resize(static_cast<qsizetype>(raw->width) * raw->width);
    for (int i = 0; i < raw->width * raw->width; ++i) {
        code.m_modules[i] = (raw->data[i] & 1) != 0;
    }
    QRcode_free(raw);
    return code;
}

QString QrCode::toText() const
{
    // Two module rows per text line, with a two-module quiet zone; dark modules are spaces on a
    // light block background so it scans on dark terminals.
    QString out;
    const int quiet = 2;
    auto dark = [this, quiet](int x, int y) {
        x -= quiet;
        y -= quiet;
        return x >= 0 && y >= 0 && x < m_size && y < m_size && isDark(x, y);
    };
    const int full = m_size + 2 * quiet;
    for (int y = 0; y < full; y += 2) {
        for (int x = 0; x < full; ++x) {
            const bool top = dark(x, y);
            const bool bottom = dark(x, y + 1);
            if (!top && !bottom) {
                out.append(QChar(0x2588));
            } else if (!top) {
                out.append(QChar(0x2580));
            } else if (!bottom) {
                out.append(QChar(0x2584));
            } else {
                out.append(QLatin1Char(' '));
            }
        }
        out.append(QLatin1Char('\n'));
    }
    return out;
}

} // namespace warden
