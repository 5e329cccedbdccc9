#pragma once

#include "authorization/Actor.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class AuditLogWidget;
}

namespace warden {

class AuditLogModel;
class CoreServices;

/// The Audit Log dock: newest entries first, filterable by actor, action, target and date,
/// exportable as CSV, with a "Verify Chain" button that checks the HMAC chain.
class AuditLogWidget : public QWidget
{
    Q_OBJECT

public:
    AuditLogWidget(CoreServices& core, Actor viewer, QWidget* parent = nullptr);
    ~AuditLogWidget() override;

    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    void verifyChain();
    /// Writes the filtered log to `path`; an empty path asks with a file dialog.
    void exportCsv(QString path = {});

private:
    void applyFilter();

    const std::unique_ptr<Ui::AuditLogWidget> m_ui;
    CoreServices& m_core;
    Actor m_viewer;
    AuditLogModel* m_model;
    QTimer m_debounce;
};

} // namespace warden
