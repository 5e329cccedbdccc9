#pragma once

#include <QObject>

namespace warden {

/// Lets every menu say why an item is greyed out: menus show their actions' tooltips (where the
/// console puts the core's reason), and hovering a disabled item puts that reason in the status
/// bar of the window the menu belongs to. Installed once on the application.
class MenuReasons : public QObject
{
    Q_OBJECT

public:
    explicit MenuReasons(QObject* parent);

    /// Installs the filter on the running application (once; later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace warden
