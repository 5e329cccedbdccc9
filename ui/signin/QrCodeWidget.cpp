#include "QrCodeWidget.h"

#include <QPainter>

namespace warden {

namespace {
constexpr int kQuietZone = 4;
}

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(180, 180);
    setAccessibleName(tr("QR code for the authenticator app"));
}

void QrCodeWidget::setCode(const QrCode& code)
{
    m_code = code;
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = m_code.isValid() ? m_code.size() + 2 * kQuietZone : 41;
    return {modules * 5, modules * 5};
}

void QrCodeWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    const int side = std::min(width(), height());
    painter.fillRect(QRect(0, 0, side, side), Qt::white);
    if (!m_code.isValid()) {
        return;
    }
    const int modules = m_code.size() + 2 * kQuietZone;
    const int scale = std::max(1, side / modules);
    const int offset = (side - scale * modules) / 2 + kQuietZone * scale;
    for (int y = 0; y < m_code.size(); ++y) {
        for (int x = 0; x < m_code.size(); ++x) {
            if (m_code.isDark(x, y)) {
                painter.fillRect(offset + x * scale, offset + y * scale, scale, scale, Qt::black);
            }
        }
    }
}

} // namespace warden
