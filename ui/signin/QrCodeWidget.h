#pragma once

#include "security/QrCode.h"

#include <QWidget>

namespace warden {

/// Paints a QR code (dark modules on white, with a quiet zone) scaled to whole pixels.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget* parent = nullptr);
    void setCode(const QrCode& code);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QrCode m_code;
};

} // namespace warden
