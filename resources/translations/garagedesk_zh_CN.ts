<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Approval</name>
    <message>
        <source>Not yet decided</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不做</translation>
    </message>
    <message>
        <source>Awaiting consent</source>
        <translation>待客户确认</translation>
    </message>
</context>
<context>
    <name>ArrearsDialog</name>
    <message>
        <source>Money owed (挂账)</source>
        <translation>挂账欠款</translation>
    </message>
    <message>
        <source>¥ paid now</source>
        <translation>本次还款 ¥</translation>
    </message>
    <message>
        <source>slip / transaction no.</source>
        <translation>小票号 / 交易单号</translation>
    </message>
    <message>
        <source>&amp;Take payment (Enter)</source>
        <translation>收款(&amp;T) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print the bill again</source>
        <translation>重打结算单(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{n} bill(s) owe {amount} in all.</source>
        <translation>共 {n} 张结算单欠款，合计 {amount}。</translation>
    </message>
    <message>
        <source>Choose a bill first.</source>
        <translation>请先选择一张挂账单。</translation>
    </message>
    <message>
        <source>{amount} taken on receipt {number}.</source>
        <translation>已收款 {amount}，计入结算单 {number}。</translation>
    </message>
    <message>
        <source>Give back {amount} change.</source>
        <translation>请找零 {amount}。</translation>
    </message>
</context>
<context>
    <name>ArrearsModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>结算金额</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>owed money paid</source>
        <translation>收回挂账</translation>
    </message>
    <message>
        <source>promised time changed</source>
        <translation>修改承诺时间</translation>
    </message>
    <message>
        <source>car transferred</source>
        <translation>车辆过户</translation>
    </message>
    <message>
        <source>merged into another customer</source>
        <translation>并入其他客户</translation>
    </message>
    <message>
        <source>another customer merged in</source>
        <translation>合并其他客户</translation>
    </message>
    <message>
        <source>switched on or off</source>
        <translation>启用或停用</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>locked after failed logins</source>
        <translation>多次登录失败后锁定</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>discount approved</source>
        <translation>批准折扣</translation>
    </message>
    <message>
        <source>comeback taken in</source>
        <translation>返修接车</translation>
    </message>
    <message>
        <source>warranty items made free</source>
        <translation>质保项目免费</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>shop set up</source>
        <translation>门店设置</translation>
    </message>
    <message>
        <source>demo data written</source>
        <translation>写入演示数据</translation>
    </message>
    <message>
        <source>state changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>added work refused</source>
        <translation>拒绝追加项目</translation>
    </message>
    <message>
        <source>completion check</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <source>deposit taken</source>
        <translation>收取订金</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>customer&apos;s decision on the estimate</source>
        <translation>客户对估价的决定</translation>
    </message>
    <message>
        <source>customer&apos;s consent to added work</source>
        <translation>客户同意追加项目</translation>
    </message>
    <message>
        <source>customer&apos;s consent to a new price</source>
        <translation>客户同意新价格</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>重新校验(&amp;V)</translation>
    </message>
    <message>
        <source>Work-order or receipt number, plate or phone — Enter shows its history</source>
        <translation>工单号或结算单号、车牌或电话 — 回车查看其历史</translation>
    </message>
    <message>
        <source>&amp;Show history</source>
        <translation>查看历史(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <source>The chain is being verified; wait for the answer.</source>
        <translation>正在核验审计链，请等待结果。</translation>
    </message>
    <message>
        <source>The audit chain could not be read: {error}</source>
        <translation>无法读取审计链：{error}</translation>
    </message>
    <message>
        <source>Audit chain verified: all {n} entries are as they were written.</source>
        <translation>审计链校验通过：全部 {n} 条记录均与写入时一致。</translation>
    </message>
    <message>
        <source>The audit chain breaks at entry {seq} ({n} entries in all):</source>
        <translation>审计链在第 {seq} 条处断开（共 {n} 条）：</translation>
    </message>
    <message>
        <source>… {n} more findings: run “garagedesk check”.</source>
        <translation>…… 另有 {n} 项发现：请运行“garagedesk check”。</translation>
    </message>
    <message>
        <source>order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>接车单</translation>
    </message>
    <message>
        <source>pickup record</source>
        <translation>交车单</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>No order, bill, car or customer is known by “{typed}”.</source>
        <translation>没有与“{typed}”对应的工单、结算单、车辆或客户。</translation>
    </message>
    <message>
        <source>{found}: {n} entries</source>
        <translation>{found}：{n} 条记录</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Copied in</source>
        <translation>外部复制</translation>
    </message>
    <message>
        <source>not a readable backup</source>
        <translation>无法读取的备份</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup f&amp;older:</source>
        <translation>备份文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份列表（最新在前）</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复这个备份？</translation>
    </message>
    <message>
        <source>Restore &amp;now</source>
        <translation>立即恢复(&amp;N)</translation>
    </message>
    <message>
        <source>Do &amp;not restore</source>
        <translation>不恢复(&amp;D)</translation>
    </message>
    <message>
        <source>Your role may not do this; ask a manager.</source>
        <translation>您的角色无权执行此操作，请找店长。</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>出错了：{detail}</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>备份文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a GarageDesk backup.</source>
        <translation>{path} 不是汽修前台的备份。</translation>
    </message>
    <message>
        <source>{path} is another program&apos;s database, not a GarageDesk backup.</source>
        <translation>{path} 是其他程序的数据库，不是汽修前台的备份。</translation>
    </message>
    <message>
        <source>{path} was written by a newer GarageDesk; install it to restore this backup.</source>
        <translation>{path} 由更新版本的汽修前台写入；请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>{path} is damaged; choose another backup.</source>
        <translation>{path} 已损坏，请选择其他备份。</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup of it.</source>
        <translation>这个文件就是当前数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>Another desk or program has the database open. Close GarageDesk on every other desk, then try again.</source>
        <translation>其他前台或程序正在使用数据库。请先关闭其他所有前台的汽修前台，然后重试。</translation>
    </message>
    <message>
        <source>{path} holds the database itself; choose another folder (best on another disk).</source>
        <translation>{path} 存放着数据库本身，请选择其他文件夹（最好在另一块磁盘上）。</translation>
    </message>
    <message>
        <source>Backups cannot be written to {path}; choose another folder.</source>
        <translation>无法写入备份到 {path}，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The PostgreSQL tools pg_dump / pg_restore are not installed on this PC.</source>
        <translation>本机未安装 PostgreSQL 工具 pg_dump / pg_restore。</translation>
    </message>
    <message>
        <source>Nothing was done: {reason}</source>
        <translation>未执行任何操作：{reason}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up and checked: {file}</source>
        <translation>已备份并校验：{file}</translation>
    </message>
    <message>
        <source>Choose the backup folder (a USB disk, a NAS…)</source>
        <translation>选择备份文件夹（U 盘、NAS…）</translation>
    </message>
    <message>
        <source>Backups now go to {folder}.</source>
        <translation>今后备份保存到 {folder}。</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表中选择一个备份。</translation>
    </message>
    <message>
        <source>GarageDesk backups (*.db *.dump)</source>
        <translation>汽修前台备份 (*.db *.dump)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Backup of {date} ({why}), {size:.1f} MB: {counts}.

GarageDesk first backs up the database as it is now and keeps the current file beside it. It then closes the database, puts this backup in its place and closes; start it again to work on the restored data. Every other desk must close GarageDesk first.</source>
        <translation>备份时间 {date}（{why}），{size:.1f} MB：{counts}。

汽修前台会先备份当前数据库，并在旁边保留当前文件；然后关闭数据库，用这个备份替换它，随后程序关闭；请重新启动以使用恢复后的数据。其他所有前台必须先关闭汽修前台。</translation>
    </message>
    <message>
        <source>The backup is sound. Restore it?</source>
        <translation>备份完好。要恢复吗？</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored. The file it replaced is kept as {kept}. GarageDesk closes now; start it again.</source>
        <translation>已恢复。被替换的文件保留为 {kept}。汽修前台现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Close GarageDesk</source>
        <translation>关闭汽修前台</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>{days} d late</source>
        <translation>超时 {days} 天</translation>
    </message>
    <message>
        <source>{hours} h {minutes} late</source>
        <translation>超时 {hours} h {minutes}</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>consent needed</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>Late: the promised time has passed. Tell the customer.</source>
        <translation>已超时：承诺时间已过，请通知客户。</translation>
    </message>
    <message>
        <source>Due within the hour and not ready: tell the customer now.</source>
        <translation>一小时内到期且未完工：请现在通知客户。</translation>
    </message>
    <message>
        <source>Added work waits for the customer&apos;s consent.</source>
        <translation>追加项目等待客户同意。</translation>
    </message>
</context>
<context>
    <name>CashDrawerDialog</name>
    <message>
        <source>Cash drawer — daily close</source>
        <translation>收银日结</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收合计</translation>
    </message>
    <message>
        <source>Bills settled</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>of which arrears paid</source>
        <translation>其中收回欠款</translation>
    </message>
    <message>
        <source>of which deposits</source>
        <translation>其中收取定金</translation>
    </message>
    <message>
        <source>Refunds (reversals)</source>
        <translation>冲销退款</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Left on account (not received)</source>
        <translation>当日挂账（未收款）</translation>
    </message>
    <message>
        <source>&amp;Print daily close sheet…</source>
        <translation>打印日结单(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{n} bill(s), {amount}</source>
        <translation>{n} 张，{amount}</translation>
    </message>
</context>
<context>
    <name>CatalogEntry</name>
    <message>
        <source>Add a line: type a code, a name or its pinyin initials, then Enter (Ctrl+I)</source>
        <translation>添加项目：输入编码、名称或拼音首字母后按回车 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>stock {n}</source>
        <translation>库存 {n}</translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalogs</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&amp;Labor operations</source>
        <translation>工时项目(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Parts</source>
        <translation>配件(&amp;P)</translation>
    </message>
    <message>
        <source>Pac&amp;kages</source>
        <translation>套餐(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quick phrases</source>
        <translation>常用描述(&amp;Q)</translation>
    </message>
    <message>
        <source>Add the starter &amp;catalog</source>
        <translation>添加初始目录(&amp;C)</translation>
    </message>
    <message>
        <source>Common labor operations, parts, 小保养 and 大保养 packages and quick phrases, to edit to the shop&apos;s own prices.</source>
        <translation>常用的工时项目、配件、小保养和大保养套餐以及常用描述，添加后可按本店价格修改。</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Filter by code, name or pinyin (e.g. jy or 机油)</source>
        <translation>按编码、名称或拼音筛选（如 jy 或 机油）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>启用(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>停用(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Body work</source>
        <translation>钣金</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>喷漆</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>保险理赔</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Detailing</source>
        <translation>美容</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Check-in — {number}</source>
        <translation>接车检查 — {number}</translation>
    </message>
    <message>
        <source>Checklist (1 OK · 2 damaged · 3 missing)</source>
        <translation>车辆检查（1 正常 · 2 损坏 · 3 缺失）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Damage: click the car to mark (keys: see tooltip)</source>
        <translation>外观损伤：点击车身标记（键盘操作见提示）</translation>
    </message>
    <message>
        <source>Kin&amp;d</source>
        <translation>类型(&amp;D)</translation>
    </message>
    <message>
        <source>Note of the mark</source>
        <translation>标记说明</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>Car and belongings</source>
        <translation>车辆与随车物品</translation>
    </message>
    <message>
        <source>&amp;Battery</source>
        <translation>电量(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Fuel</source>
        <translation>油量(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>里程表(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keys handed over</source>
        <translation>交接钥匙数(&amp;K)</translation>
    </message>
    <message>
        <source>Belon&amp;gings</source>
        <translation>随车物品(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Valuables declared</source>
        <translation>贵重物品声明(&amp;V)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>e.g. dashcam, child seat, umbrella</source>
        <translation>如：行车记录仪、儿童座椅、雨伞</translation>
    </message>
    <message>
        <source>none, or what and where</source>
        <translation>无，或写明物品及位置</translation>
    </message>
    <message>
        <source>Add &amp;photos… (or drop them here)</source>
        <translation>添加照片(&amp;P)…（或拖放到此窗口）</translation>
    </message>
    <message>
        <source>Delete removes the selected photo</source>
        <translation>按 Delete 删除所选照片</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>签字人(&amp;B)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Sign and &amp;lock (Ctrl+Enter)</source>
        <translation>签字并锁定(&amp;L) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Confirm without signature</source>
        <translation>不签字确认</translation>
    </message>
    <message>
        <source>Change (&amp;new version)</source>
        <translation>修改（新版本）(&amp;N)</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>校验(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Earlier version…</source>
        <translation>历史版本(&amp;E)…</translation>
    </message>
    <message>
        <source>Print s&amp;heet</source>
        <translation>打印检查单(&amp;H)</translation>
    </message>
    <message>
        <source>Print key &amp;tag</source>
        <translation>打印钥匙牌(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This version is signed and locked; change it as a new version.</source>
        <translation>此版本已签字锁定；如需修改，请新建版本。</translation>
    </message>
    <message>
        <source>Only a signed check-in is checked or changed as a new version.</source>
        <translation>只有已签字的接车检查才能校验或新建版本修改。</translation>
    </message>
    <message>
        <source>There is no earlier version.</source>
        <translation>没有更早的版本。</translation>
    </message>
    <message>
        <source>Version {n}, signed by {who} at {time} · check code {code}</source>
        <translation>第 {n} 版，{who} 于 {time} 签字 · 校验码 {code}</translation>
    </message>
    <message>
        <source>Version {n}, confirmed without signature at {time} · check code {code}</source>
        <translation>第 {n} 版，于 {time} 不签字确认 · 校验码 {code}</translation>
    </message>
    <message>
        <source>Version {n}, draft — not signed yet</source>
        <translation>第 {n} 版，草稿 — 尚未签字</translation>
    </message>
    <message>
        <source>  (earlier versions: {list})</source>
        <translation>（历史版本：{list}）</translation>
    </message>
    <message>
        <source>Advisor {name}
{time}</source>
        <translation>服务顾问 {name}
{time}</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>草稿已保存</translation>
    </message>
    <message>
        <source>a new version to change and sign again</source>
        <translation>已建新版本，修改后请重新签字</translation>
    </message>
    <message>
        <source>verified: the record is unchanged since it was signed</source>
        <translation>校验通过：签字后记录未被改动</translation>
    </message>
    <message>
        <source>WARNING: the record differs from what was signed</source>
        <translation>警告：记录与签字时的内容不一致</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Show the sheet of version</source>
        <translation>查看此版本的检查单</translation>
    </message>
</context>
<context>
    <name>CheckItem</name>
    <message>
        <source>Exterior</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Lights</source>
        <translation>灯光</translation>
    </message>
    <message>
        <source>Glass</source>
        <translation>玻璃</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>后视镜</translation>
    </message>
    <message>
        <source>Tyres and wheels</source>
        <translation>轮胎轮毂</translation>
    </message>
    <message>
        <source>Spare tyre</source>
        <translation>备胎</translation>
    </message>
    <message>
        <source>Jack and tools</source>
        <translation>千斤顶及工具</translation>
    </message>
    <message>
        <source>Warning triangle</source>
        <translation>三角警示牌</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Documents (vehicle licence etc.)</source>
        <translation>随车证件（行驶证等）</translation>
    </message>
    <message>
        <source>Infotainment</source>
        <translation>影音娱乐</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>内饰</translation>
    </message>
    <message>
        <source>Boot contents</source>
        <translation>后备箱物品</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close a complaint</source>
        <translation>结案投诉</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Reply given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>&amp;Close complaint</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <source>{text}
Owner {owner}, reply by {due}.</source>
        <translation>{text}
负责人 {owner}，须在 {due} 前答复。</translation>
    </message>
</context>
<context>
    <name>ComebackChoice</name>
    <message>
        <source>Co&amp;meback (same fault, in warranty) of</source>
        <translation>返修(&amp;M)（质保期内同一故障），原工单</translation>
    </message>
    <message>
        <source>{number}, {kind}, until {day}</source>
        <translation>{number}，{kind}，至 {day}</translation>
    </message>
</context>
<context>
    <name>ComebackLines</name>
    <message>
        <source>Free under warranty (comeback)</source>
        <translation>按质保免费（返修）</translation>
    </message>
    <message>
        <source>Comeback of {number}: select the warranty items and press Ctrl+Shift+W to charge them nothing.</source>
        <translation>返修（原工单 {number}）：选中质保范围内的项目，按 Ctrl+Shift+W 免费。</translation>
    </message>
</context>
<context>
    <name>ComplaintChannel</name>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By message (SMS / WeChat)</source>
        <translation>短信 / 微信</translation>
    </message>
    <message>
        <source>At the follow-up call</source>
        <translation>回访时</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>{plate}: the desk sees this complaint whenever the car or its owner comes up, until it is closed with the reply.</source>
        <translation>{plate}：在答复结案之前，每次查到这辆车或车主时前台都会看到这条投诉。</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>About order</source>
        <translation>相关工单</translation>
    </message>
    <message>
        <source>Owner (replies)</source>
        <translation>负责人（答复客户）</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>(no particular order)</source>
        <translation>（不针对某张工单）</translation>
    </message>
    <message>
        <source>&amp;Record complaint</source>
        <translation>登记投诉(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Completion check — {order}</source>
        <translation>竣工检验 — {order}</translation>
    </message>
    <message>
        <source>Completion check of {order}</source>
        <translation>{order} 竣工检验</translation>
    </message>
    <message>
        <source>Item (1 passed · 2 failed)</source>
        <translation>项目（1 合格 · 2 不合格）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Why it goes back to work (if anything failed)</source>
        <translation>返工原因（有不合格项时填写）(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. oil pan still seeping: tighten again</source>
        <translation>例如：油底壳仍有渗油，需重新紧固</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>提交检验结果(&amp;R)</translation>
    </message>
    <message>
        <source>Pass all &amp;unchecked items (Ctrl+1)</source>
        <translation>其余未检项目全部合格(&amp;U) (Ctrl+1)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未检验</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Every item is checked.</source>
        <translation>所有项目都已检验。</translation>
    </message>
    <message>
        <source>{n} item(s) not checked yet: 1 passed · 2 failed.</source>
        <translation>还有 {n} 项未检验：1 合格 · 2 不合格。</translation>
    </message>
    <message>
        <source>All items passed: the car will be ready for pickup.</source>
        <translation>全部合格：车辆将转为待交车。</translation>
    </message>
    <message>
        <source>{n} item(s) failed: the car goes back to work.</source>
        <translation>{n} 项不合格：车辆退回车间返工。</translation>
    </message>
</context>
<context>
    <name>CompletionItem</name>
    <message>
        <source>Every job on the order done</source>
        <translation>工单项目已全部完成</translation>
    </message>
    <message>
        <source>Old parts disposed of or given to the customer</source>
        <translation>旧件已处理或交客户</translation>
    </message>
    <message>
        <source>Road test</source>
        <translation>路试</translation>
    </message>
    <message>
        <source>No oil or water leaks</source>
        <translation>无漏油漏水</translation>
    </message>
    <message>
        <source>Warning lights cleared</source>
        <translation>故障灯已消除</translation>
    </message>
    <message>
        <source>Fluid levels and tyre pressures</source>
        <translation>油液液位及胎压正常</translation>
    </message>
    <message>
        <source>Fasteners tightened, tools removed</source>
        <translation>紧固件已紧固，工具已取出</translation>
    </message>
    <message>
        <source>Car cleaned</source>
        <translation>车辆清洁</translation>
    </message>
    <message>
        <source>Belongings all in the car</source>
        <translation>随车物品齐全</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Customer&apos;s decision on the estimate</source>
        <translation>客户对估价单的决定</translation>
    </message>
    <message>
        <source>Ticked lines are approved. Untick what the customer declines; declined lines stay on the car&apos;s file as recommended work.</source>
        <translation>勾选的项目为客户同意。请取消勾选客户不做的项目；不做的项目会作为建议维修项目保留在车辆档案中。</translation>
    </message>
    <message>
        <source>Customer&apos;s consent to added work</source>
        <translation>客户同意追加项目</translation>
    </message>
    <message>
        <source>The workshop may do the ticked lines once you save. Record who agreed, how and when.</source>
        <translation>保存后车间即可施工勾选的项目。请记录同意人、同意方式和时间。</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>记录决定(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>In person, signed</source>
        <translation>当面签字</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By message (SMS / WeChat)</source>
        <translation>短信/微信</translation>
    </message>
</context>
<context>
    <name>CreditApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>店长批准</translation>
    </message>
    <message>
        <source>{amount} on account (挂账)</source>
        <translation>挂账 {amount}</translation>
    </message>
    <message>
        <source>A manager logs in here to allow it.</source>
        <translation>请店长在此登录批准挂账。</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>This login may not allow money on account. A manager has to log in.</source>
        <translation>该账号无权批准挂账，请店长登录。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Register new customer</source>
        <translation>登记新客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Their car (untick for a customer without a car)</source>
        <translation>客户车辆（无车客户请取消勾选）</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>税号(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>May pay on account (挂账)</source>
        <translation>允许挂账</translation>
    </message>
    <message>
        <source>companies: for the invoice</source>
        <translation>单位客户开票用</translation>
    </message>
</context>
<context>
    <name>CustomerFileView</name>
    <message>
        <source>&amp;Edit customer</source>
        <translation>编辑客户(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add car</source>
        <translation>添加车辆(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Merge duplicate…</source>
        <translation>合并重复档案(&amp;M)…</translation>
    </message>
    <message>
        <source>Fold another file of the same customer into this one; cars, orders and phones move over (manager)</source>
        <translation>将同一客户的另一份档案并入本档案，车辆、工单和电话一并转入（限店长）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cars (Enter or double-click opens the car&apos;s file)</source>
        <translation>车辆（按回车或双击打开车辆档案）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>{n}, last on {date}</source>
        <translation>{n} 张，最近一次 {date}</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>This file was merged into another customer&apos;s file — open that file</source>
        <translation>本档案已并入另一位客户的档案，请打开该档案</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, phone or pinyin initials of the customer</source>
        <translation>客户姓名、电话或拼音首字母</translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>尚未选择客户。</translation>
    </message>
    <message>
        <source>Chosen: {customer}</source>
        <translation>已选：{customer}</translation>
    </message>
</context>
<context>
    <name>CustomerVehiclesModel</name>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Brand and model</source>
        <translation>品牌型号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Owned since</source>
        <translation>购入日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>名下</translation>
    </message>
    <message>
        <source>Sold {date}</source>
        <translation>{date} 已售</translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation>（无车牌）</translation>
    </message>
</context>
<context>
    <name>CustomerWords</name>
    <message>
        <source>We are looking at your car</source>
        <translation>正在为您的爱车检查</translation>
    </message>
    <message>
        <source>The estimate is ready for your decision</source>
        <translation>估价单已出，等您确认</translation>
    </message>
    <message>
        <source>You declined the estimate</source>
        <translation>您已谢绝本次估价</translation>
    </message>
    <message>
        <source>Your car is waiting for a free bay</source>
        <translation>您的爱车正在排队等待工位</translation>
    </message>
    <message>
        <source>Your car is being repaired</source>
        <translation>您的爱车正在维修中</translation>
    </message>
    <message>
        <source>We are waiting for a part</source>
        <translation>正在等待配件到货</translation>
    </message>
    <message>
        <source>The work is done; final inspection under way</source>
        <translation>维修已完成，正在竣工检验</translation>
    </message>
    <message>
        <source>Your car is ready for pickup</source>
        <translation>您的爱车已可提车</translation>
    </message>
    <message>
        <source>Paid; ready to drive away</source>
        <translation>已结算，可以提车</translation>
    </message>
    <message>
        <source>You have picked up your car</source>
        <translation>您已提车</translation>
    </message>
    <message>
        <source>The job was cancelled</source>
        <translation>本次维修已取消</translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <source>Damage diagram</source>
        <translation>外观损伤图</translation>
    </message>
    <message>
        <source>Click the car to mark damage; drag a mark to move it; right-click or Delete removes it. Keys: arrows move the crosshair or the selected mark, Enter places a mark, N / P select the next / previous, Esc deselects, 1–5 choose the kind.</source>
        <translation>点击车身标记损伤；拖动标记可移动；右键或 Delete 删除。键盘：方向键移动十字光标或所选标记，回车放置标记，N / P 选择下一个/上一个，Esc 取消选择，1–5 选择类型。</translation>
    </message>
</context>
<context>
    <name>Difference</name>
    <message>
        <source>New at pickup: mark {number}, {kind} {note}</source>
        <translation>交车新增：{number} 号，{kind} {note}</translation>
    </message>
    <message>
        <source>Driven while in the shop: {km} km ({before} → {after})</source>
        <translation>在店期间行驶：{km} 公里（{before} → {after}）</translation>
    </message>
    <message>
        <source>Fuel: {before}/8 at check-in, {after}/8 now</source>
        <translation>油量：接车 {before}/8，交车 {after}/8</translation>
    </message>
    <message>
        <source>Battery: {before} % at check-in, {after} % now</source>
        <translation>电量：接车 {before}%，交车 {after}%</translation>
    </message>
    <message>
        <source>Belongings not all returned: {note}</source>
        <translation>随车物品未全部归还：{note}</translation>
    </message>
</context>
<context>
    <name>DrawerCashiersModel</name>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DrawerMethodsModel</name>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>This phone is shared (family or company): save anyway</source>
        <translation>此电话为共用号码（家人或单位），仍然保存</translation>
    </message>
    <message>
        <source>Open that file</source>
        <translation>打开该档案</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无车主）</translation>
    </message>
    <message>
        <source>The phone {value} is already on file: {name}</source>
        <translation>电话 {value} 已登记：{name}</translation>
    </message>
    <message>
        <source>The VIN {value} is already on file: {name}</source>
        <translation>车架号 {value} 已登记：{name}</translation>
    </message>
    <message>
        <source>{value} is already on file: {name}</source>
        <translation>{value} 已登记：{name}</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>Something went wrong that GarageDesk did not expect; what you were doing may not have been done. Please tell whoever looks after GarageDesk.</source>
        <translation>出现了 GarageDesk 未预料到的错误；刚才的操作可能没有完成。请告诉负责维护 GarageDesk 的人员。</translation>
    </message>
    <message>
        <source>The details are written to {file}.</source>
        <translation>详细信息已写入 {file}。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>standard hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <source>warranty (months)</source>
        <translation>质保（月）</translation>
    </message>
    <message>
        <source>warranty (km)</source>
        <translation>质保（公里）</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>damage marks</source>
        <translation>损伤标记</translation>
    </message>
    <message>
        <source>fuel</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>odometer</source>
        <translation>里程表读数</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>钥匙数</translation>
    </message>
    <message>
        <source>belongings</source>
        <translation>随车物品</translation>
    </message>
    <message>
        <source>valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>credit (挂账)</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>hourly rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>advisor&apos;s discount limit</source>
        <translation>顾问折扣上限</translation>
    </message>
    <message>
        <source>estimate valid for</source>
        <translation>估价有效期</translation>
    </message>
    <message>
        <source>printed terms</source>
        <translation>打印条款</translation>
    </message>
    <message>
        <source>check-in checklist</source>
        <translation>接车检查项目</translation>
    </message>
    <message>
        <source>papers to sign</source>
        <translation>需签字的单据</translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>completion checklist</source>
        <translation>竣工检验项目</translation>
    </message>
    <message>
        <source>promised warranty</source>
        <translation>承诺质保期</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN 码</translation>
    </message>
    <message>
        <source>VIN confirmed</source>
        <translation>VIN 已核对</translation>
    </message>
    <message>
        <source>model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>mileage</source>
        <translation>里程</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 文件</translation>
    </message>
    <message>
        <source>{file} is GarageDesk&apos;s database. Reading or writing it here could damage it; choose another file.</source>
        <translation>{file} 是 GarageDesk 的数据库文件，在这里读取或写入会损坏它；请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>This database is new. Enter your shop&apos;s profile and the first administrator&apos;s login; you can change the profile and add more users later.</source>
        <translation>这是一个新数据库。请填写门店信息和首位管理员的登录账号；门店信息以后可以修改，用户也可以以后再添加。</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>确认密码(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Set up the shop</source>
        <translation>完成门店设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Fuel</name>
    <message>
        <source>Petrol</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>油电混合</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>插电混动</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>纯电动</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search: plate, phone, name, pinyin, VIN, order no.  (Ctrl+F)</source>
        <translation>搜索：车牌、电话、姓名、拼音、车架号、工单号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>HandoverRulesBox</name>
    <message>
        <source>Handover</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Follow-up call &amp;after (days, 2–7)</source>
        <translation>交车后回访天数(&amp;A)（2–7 天）</translation>
    </message>
    <message>
        <source>Co&amp;mpletion check
(one item a line)</source>
        <translation>竣工检验项目(&amp;M)
（每行一项）</translation>
    </message>
    <message>
        <source>Warranty the shop promises (blank: the law&apos;s minimum, shown grey)</source>
        <translation>本店承诺的质量保证期（留空即按法定最低，灰色显示）</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <source>Hand over — {number}</source>
        <translation>交车 — {number}</translation>
    </message>
    <message>
        <source>Car and belongings</source>
        <translation>车辆及随车物品</translation>
    </message>
    <message>
        <source>At check-in</source>
        <translation>接车时</translation>
    </message>
    <message>
        <source>&amp;Odometer out</source>
        <translation>出厂里程(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Battery now</source>
        <translation>当前电量(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Fuel now</source>
        <translation>当前油量(&amp;F)</translation>
    </message>
    <message>
        <source>Belongings</source>
        <translation>随车物品</translation>
    </message>
    <message>
        <source>All &amp;returned to the customer</source>
        <translation>已全部归还客户(&amp;R)</translation>
    </message>
    <message>
        <source>what was not returned, and why</source>
        <translation>未归还的物品及原因</translation>
    </message>
    <message>
        <source>Differences from the check-in</source>
        <translation>与接车记录的差异</translation>
    </message>
    <message>
        <source>Customer&apos;s pickup signature</source>
        <translation>客户交车签字</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>签字人(&amp;B)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Sign and &amp;hand over (Ctrl+Enter)</source>
        <translation>签字并交车(&amp;H) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hand over without signature</source>
        <translation>不签字交车</translation>
    </message>
    <message>
        <source>Print &amp;pickup note</source>
        <translation>打印交车单(&amp;P)</translation>
    </message>
    <message>
        <source>Print &amp;certificate</source>
        <translation>打印合格证(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The car is handed over already.</source>
        <translation>车辆已交车。</translation>
    </message>
    <message>
        <source>The pickup note prints once the car is handed over.</source>
        <translation>交车后才能打印交车单。</translation>
    </message>
    <message>
        <source>{status}: walk round the car with the customer, then sign</source>
        <translation>{status}：请与客户一起环车检查，然后签字</translation>
    </message>
    <message>
        <source>Handed over to {who} at {time} by {by} · check code {code}</source>
        <translation>{time} 由 {by} 交车给 {who} · 校验码 {code}</translation>
    </message>
    <message>
        <source>Handed over without signature at {time} by {by}</source>
        <translation>{time} 由 {by} 交车（未签字）</translation>
    </message>
    <message>
        <source>Warranty {km} km / {days} days: until {day}{or_km}</source>
        <translation>质量保证期 {km} 公里 / {days} 天：至 {day}{or_km}</translation>
    </message>
    <message>
        <source> or {km} km</source>
        <translation> 或 {km} 公里</translation>
    </message>
    <message>
        <source>follow-up call due {day}</source>
        <translation>回访日期 {day}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{n} key(s)</source>
        <translation>钥匙 {n} 把</translation>
    </message>
    <message>
        <source>check-in version {n}</source>
        <translation>接车检查单第 {n} 版</translation>
    </message>
    <message>
        <source>no signed check-in</source>
        <translation>无已签字的接车检查单</translation>
    </message>
    <message>
        <source>Odometer {km}</source>
        <translation>进厂里程 {km}</translation>
    </message>
    <message>
        <source>Belongings: {what}</source>
        <translation>随车物品：{what}</translation>
    </message>
    <message>
        <source>Valuables: {what}</source>
        <translation>贵重物品：{what}</translation>
    </message>
    <message>
        <source>As at check-in: no differences.</source>
        <translation>与接车记录一致，无差异。</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The database file {file} is damaged, so GarageDesk does not open it (nothing was changed in it). SQLite&apos;s check says: {detail}</source>
        <translation>数据库文件 {file} 已损坏，GarageDesk 不会打开它（文件未作任何改动）。SQLite 检查结果：{detail}</translation>
    </message>
    <message>
        <source>The file {file} is not a database GarageDesk can read, or it is damaged beyond reading, so GarageDesk does not open it (nothing was changed in it): {detail}</source>
        <translation>文件 {file} 不是 GarageDesk 能读取的数据库，或已损坏到无法读取，GarageDesk 不会打开它（文件未作任何改动）：{detail}</translation>
    </message>
    <message>
        <source>The database file {file} is read-only: nothing could be saved. Give this Windows/Linux user the right to change the file, or copy it to a folder of your own.</source>
        <translation>数据库文件 {file} 是只读的：无法保存任何内容。请给当前 Windows/Linux 用户修改该文件的权限，或把它复制到您自己的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} of the database is read-only: SQLite keeps its journal files beside the database, so nothing could be saved. Give this user the right to write in the folder, or move the database to a folder of your own.</source>
        <translation>数据库所在文件夹 {folder} 是只读的：SQLite 需要在数据库旁边写日志文件，因此无法保存任何内容。请给当前用户写入该文件夹的权限，或把数据库移到您自己的文件夹。</translation>
    </message>
    <message>
        <source>The database file {file} is on a network share ({kind}). SQLite cannot keep its journal safe there and records could be lost. Keep the file on this PC&apos;s own disk; for several PCs use a PostgreSQL database server.</source>
        <translation>数据库文件 {file} 位于网络共享上（{kind}）。SQLite 在那里无法保证日志安全，记录可能丢失。请把文件放在本机自己的磁盘上；多台电脑共用请使用 PostgreSQL 数据库服务器。</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} ({when}). To put it back, close GarageDesk and run: garagedesk restore &quot;{backup}&quot;</source>
        <translation>最新的完好备份是 {backup}（{when}）。要恢复它，请关闭 GarageDesk 后运行：garagedesk restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>在 {folder} 中没有找到完好的备份。</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>GarageDesk cannot work with this database:</source>
        <translation>GarageDesk 无法使用这个数据库：</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers and cars</source>
        <translation>导入客户和车辆</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, one row per car</source>
        <translation>CSV 或 Excel（.xlsx）文件，每行一辆车</translation>
    </message>
    <message>
        <source>Show only rows that need attention</source>
        <translation>只显示需要处理的行</translation>
    </message>
    <message>
        <source>Accept VIN flags (import such VINs as read)</source>
        <translation>接受存疑车架号（按原样导入）</translation>
    </message>
    <message>
        <source>A VIN whose check digit does not match is often a misread character; imported cars often have no check digit. Tick only if the VINs were copied from the cars.</source>
        <translation>校验位不符的车架号往往是某个字符认错了；进口车的车架号常常没有校验位。只有车架号是从车上抄录的才勾选。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import good rows</source>
        <translation>导入合格行(&amp;I)</translation>
    </message>
    <message>
        <source>Save &amp;report of refused rows…</source>
        <translation>保存被拒行报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Same phone, another name</source>
        <translation>同一电话，不同姓名</translation>
    </message>
    <message>
        <source>The row and the row it would join</source>
        <translation>此行与其将并入的那一行</translation>
    </message>
    <message>
        <source>S&amp;kip row</source>
        <translation>跳过此行(&amp;K)</translation>
    </message>
    <message>
        <source>The row is not imported; it comes back in the report of refused rows.</source>
        <translation>此行不导入，会列在未导入行的报告中。</translation>
    </message>
    <message>
        <source>Line {line} gives the phone of line {first} under another name; one phone is one customer. Attach the car of line {line} to {name}, or skip the row.</source>
        <translation>第 {line} 行用的是第 {first} 行的电话，但姓名不同；一个电话只属于一位客户。请将第 {line} 行的车辆归入{name}名下，或跳过此行。</translation>
    </message>
    <message>
        <source>The phone of line {line} is on file for {name}; one phone is one customer. Attach the car of line {line} to {name}, or skip the row.</source>
        <translation>第 {line} 行的电话已登记在{name}名下；一个电话只属于一位客户。请将第 {line} 行的车辆归入{name}名下，或跳过此行。</translation>
    </message>
    <message>
        <source>&amp;Attach car to {name}</source>
        <translation>将车辆归入{name}(&amp;A)</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Differs from the other row</source>
        <translation>与另一行不同</translation>
    </message>
    <message>
        <source>Importing needs a manager or an administrator.</source>
        <translation>导入需要店长或管理员权限。</translation>
    </message>
    <message>
        <source>No row is refused.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message>
        <source>{total} rows: {ok} good, {flag} with a VIN flag, {on_file} already on file, {repeated} repeated in the file, {problem} with problems. {going} rows will go in.</source>
        <translation>共 {total} 行：{ok} 行合格，{flag} 行车架号存疑，{on_file} 行已登记，{repeated} 行在文件中重复，{problem} 行有问题。将导入 {going} 行。</translation>
    </message>
    <message>
        <source>{review} rows have the phone of an earlier row or of a customer on file under another name: {attach} to attach, {skip} to skip, {open} still to review (skipped and not reviewed rows are refused).</source>
        <translation>{review} 行的电话与前面某行或已登记客户相同而姓名不同：{attach} 行归入，{skip} 行跳过，{open} 行待核对（跳过和未核对的行不导入）。</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>未导入的列：{columns}。</translation>
    </message>
    <message>
        <source>Imported {customers} customers and {cars} cars. Skipped {on_file} rows already on file and {repeated} repeated rows. Refused {refused} rows.</source>
        <translation>已导入 {customers} 位客户、{cars} 辆车。跳过已登记的 {on_file} 行和重复的 {repeated} 行，拒绝 {refused} 行。</translation>
    </message>
    <message>
        <source>{n} cars were attached to the customer with the same phone.</source>
        <translation>{n} 辆车已归入同一电话的客户名下。</translation>
    </message>
    <message>
        <source>Stopped before the last {n} rows; import the file again to bring them in (what went in is skipped).</source>
        <translation>在最后 {n} 行之前已停止；请再次导入该文件以导入这些行（已导入的行会自动跳过）。</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written: {error}</source>
        <translation>无法写入报告：{error}</translation>
    </message>
    <message>
        <source>Your role may not import records; ask a manager.</source>
        <translation>您的角色无权导入记录，请联系店长。</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>已停止，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Attach</source>
        <translation>归入</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>VIN flag</source>
        <translation>车架号存疑</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>文件内重复</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新配件</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>Enter an amount in yuan, for example 12.50.</source>
        <translation>请输入以元为单位的金额，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount {amount} is not a number of yuan. Type digits with at most one decimal point, for example 1234.56.</source>
        <translation>金额 {amount} 不是有效的元数。请输入数字，最多一个小数点，例如 1234.56。</translation>
    </message>
    <message>
        <source>The amount {amount} is too large for a repair bill. Check for extra digits.</source>
        <translation>金额 {amount} 对维修账单来说过大，请检查是否多输了数字。</translation>
    </message>
    <message>
        <source>The amount {amount} has a comma in the wrong place; a comma only separates thousands (1,234.56). Use a point for the decimals.</source>
        <translation>金额 {amount} 中的逗号位置不对；逗号只用来分隔千位（1,234.56），小数请用小数点。</translation>
    </message>
    <message>
        <source>The amount {amount} has {n} decimal places; an amount has at most 2 (fen). Round it to the fen, for example to {suggestion}.</source>
        <translation>金额 {amount} 有 {n} 位小数，金额最多 2 位小数（到分）。请四舍五入到分，例如 {suggestion}。</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 138 0013 8000 or 0731-8888 6666.</source>
        <translation>请输入电话号码，例如 138 0013 8000 或 0731-8888 6666。</translation>
    </message>
    <message>
        <source>The phone number {phone} contains {char}; a phone number has only digits. Remove it, or put an extension after 转.</source>
        <translation>电话号码 {phone} 中含有“{char}”，电话号码只能包含数字。请删除该字符，或把分机号写在“转”字之后。</translation>
    </message>
    <message>
        <source>The mobile number {phone} has {n} digits; a mobile number has 11. Check for a missing or extra digit.</source>
        <translation>手机号 {phone} 有 {n} 位，手机号应为 11 位。请检查是否少输或多输了数字。</translation>
    </message>
    <message>
        <source>The mobile number {phone} starts with {start}; mobile numbers start with 13 to 19. Check the first digits.</source>
        <translation>手机号 {phone} 以 {start} 开头，手机号应以 13 至 19 开头。请检查前几位数字。</translation>
    </message>
    <message>
        <source>The number {phone} has {n} digits after the area code {area}; a local number has 7 or 8 and does not start with 0 or 1. Check the number.</source>
        <translation>号码 {phone} 在区号 {area} 之后有 {n} 位；本地号码应为 7 或 8 位，且不以 0 或 1 开头。请检查号码。</translation>
    </message>
    <message>
        <source>The phone number {phone} has {n} digits; a mobile number has 11, a landline 7 or 8 (with area code, for example 0731-8888 6666). Check the number.</source>
        <translation>电话号码 {phone} 有 {n} 位；手机号应为 11 位，固话为 7 或 8 位（可带区号，例如 0731-8888 6666）。请检查号码。</translation>
    </message>
    <message>
        <source>Enter the plate number, for example 湘A12345.</source>
        <translation>请输入车牌号，例如湘A12345。</translation>
    </message>
    <message>
        <source>The plate {plate} starts with {char}, which is not a province abbreviation. Start it with the province character, for example 湘 or 粤.</source>
        <translation>车牌 {plate} 以“{char}”开头，这不是省份简称。请以省份简称开头，例如“湘”或“粤”。</translation>
    </message>
    <message>
        <source>The plate {plate} contains the letter {letter}; plates never use I or O. It is probably the digit {digit}.</source>
        <translation>车牌 {plate} 中有字母 {letter}，车牌从不使用 I 和 O，这里很可能是数字 {digit}。</translation>
    </message>
    <message>
        <source>The plate {plate} contains {char}, which plates do not use. Type only the province character, capital letters and digits (and 挂, 学, 警, 领, 使, 港 or 澳 where the plate has one).</source>
        <translation>车牌 {plate} 中含有车牌不使用的字符“{char}”。请只输入省份简称、大写字母和数字（车牌上带有挂、学、警、领、使、港或澳字的，也可输入该字）。</translation>
    </message>
    <message>
        <source>The plate {plate} has {char} after the province; there must be the letter of the issuing office, as the A in 湘A12345. Check the plate.</source>
        <translation>车牌 {plate} 的省份简称后面是“{char}”；这里应为发牌机关代号字母，如湘A12345中的 A。请检查车牌。</translation>
    </message>
    <message>
        <source>The plate {plate} has 7 characters after the province, like a new-energy plate, but does not fit one: a small new-energy plate is the office letter, an energy letter (D, F or another of A to K), one more character and 4 digits (湘AD12345); a large one is the office letter, 5 digits and the energy letter (湘A12345D). Check the plate.</source>
        <translation>车牌 {plate} 省份简称后有 7 位，像新能源车牌，但格式不符：小型新能源车牌为发牌机关字母、能源类型字母（D、F 或 A 至 K 中的其他字母）、再加一位字符和 4 位数字（湘AD12345）；大型新能源车牌为发牌机关字母、5 位数字和能源类型字母（湘A12345D）。请检查车牌。</translation>
    </message>
    <message>
        <source>The plate {plate} has {n} characters after the province; an ordinary plate has 6 (new-energy: 7). Check the plate.</source>
        <translation>车牌 {plate} 省份简称后有 {n} 位；普通车牌为 6 位（新能源车牌为 7 位）。请检查车牌。</translation>
    </message>
    <message>
        <source>The plate {plate} ends in {suffix}, but Hong Kong and Macao cross-border plates start with 粤Z, for example 粤Z1234{suffix}. Check the plate.</source>
        <translation>车牌 {plate} 以“{suffix}”结尾，但港澳入出境车牌以粤Z开头，例如粤Z1234{suffix}。请检查车牌。</translation>
    </message>
    <message>
        <source>The plate {plate} ends in {suffix} and has {n} characters after the province; such a plate has 6, for example {example}. Check the plate.</source>
        <translation>车牌 {plate} 以“{suffix}”结尾，省份简称后有 {n} 位；此类车牌应为 6 位，例如 {example}。请检查车牌。</translation>
    </message>
    <message>
        <source>The embassy plate {plate} should be 使 and 6 digits (使014578) or 6 digits and 使 (224001使). Check the plate.</source>
        <translation>使馆车牌 {plate} 应为“使”加 6 位数字（使014578），或 6 位数字加“使”（224001使）。请检查车牌。</translation>
    </message>
    <message>
        <source>The armed-police plate {plate} should be WJ, the province character or a 2-digit unit code, and 4 or 5 letters or digits (WJ京12345, WJ01警1234). Check the plate.</source>
        <translation>武警车牌 {plate} 应为 WJ，加省份简称或 2 位单位代码，再加 4 或 5 位字母或数字（WJ京12345、WJ01警1234）。请检查车牌。</translation>
    </message>
    <message>
        <source>The plate {plate} starts with {char}; a plate starts with the province character, as 湘 in 湘A12345 (military plates are 2 letters and 5 digits). Add the province.</source>
        <translation>车牌 {plate} 以“{char}”开头；车牌应以省份简称开头，如湘A12345中的“湘”（军车车牌为 2 个字母加 5 位数字）。请补上省份简称。</translation>
    </message>
    <message>
        <source>The plate {plate} does not have the shape of a Chinese plate: after the province come the office letter and 5 letters or digits (湘A12345). Check the plate.</source>
        <translation>车牌 {plate} 不符合中国车牌格式：省份简称后应为发牌机关字母和 5 位字母或数字（湘A12345）。请检查车牌。</translation>
    </message>
    <message>
        <source>Enter the VIN: the 17 characters on the registration certificate (行驶证) or at the bottom of the windscreen.</source>
        <translation>请输入车架号：即行驶证上或前挡风玻璃下方的 17 位字符。</translation>
    </message>
    <message>
        <source>The VIN {vin} has {n} characters; a VIN has 17. Check for a missing or extra character.</source>
        <translation>车架号 {vin} 有 {n} 位，车架号应为 17 位。请检查是否少输或多输了字符。</translation>
    </message>
    <message>
        <source>Position {position} of the VIN is the letter {letter}, which a VIN never uses; it is probably {digit}.</source>
        <translation>车架号第 {position} 位是字母 {letter}，车架号从不使用这个字母，这里很可能是 {digit}。</translation>
    </message>
    <message>
        <source>Position {position} of the VIN is {char}; a VIN has only digits and capital letters. Retype that character.</source>
        <translation>车架号第 {position} 位是“{char}”，车架号只包含数字和大写字母。请重新输入这一位。</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters; choose a longer one.</source>
        <translation>密码至少需要 {n} 个字符，请设置更长的密码。</translation>
    </message>
    <message>
        <source>A login name has 2 to 40 letters, digits or . - _ @ and no spaces.</source>
        <translation>登录名由 2 至 40 个字母、数字或 . - _ @ 组成，不能含空格。</translation>
    </message>
    <message>
        <source>Enter the name shown on papers and in the log.</source>
        <translation>请输入显示在单据和日志中的姓名。</translation>
    </message>
    <message>
        <source>Choose one of the roles.</source>
        <translation>请选择一个角色。</translation>
    </message>
    <message>
        <source>The login name {name} is taken; choose another.</source>
        <translation>登录名 {name} 已被占用，请另选一个。</translation>
    </message>
    <message>
        <source>You cannot switch off your own login.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <source>The current password is not right; type it again.</source>
        <translation>当前密码不正确，请重新输入。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name (a person or a company).</source>
        <translation>请输入客户名称（个人或单位）。</translation>
    </message>
    <message>
        <source>The name is longer than {n} characters; shorten it.</source>
        <translation>名称超过 {n} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Choose person or company.</source>
        <translation>请选择个人或单位。</translation>
    </message>
    <message>
        <source>Enter at least one phone number so the shop can call the customer.</source>
        <translation>请至少填写一个电话号码，方便门店联系客户。</translation>
    </message>
    <message>
        <source>This number is already given above; remove one of the two.</source>
        <translation>此号码上面已经填过，请删除其中一个。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <source>One of the two customers was already merged into another.</source>
        <translation>两位客户中有一位已被并入其他客户。</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name as it goes on papers.</source>
        <translation>请输入门店名称（与单据上一致）。</translation>
    </message>
    <message>
        <source>A branch code has 2 to 8 letters or digits (e.g. BR01); it goes into every document number.</source>
        <translation>门店代码为 2 至 8 位字母或数字（例如 BR01），会用在每个单据编号中。</translation>
    </message>
    <message>
        <source>The plate prefix is a province character and a letter, e.g. 湘A; leave it empty if cars come from everywhere.</source>
        <translation>车牌前缀为省份简称加一个字母，例如湘A；如果车辆来自各地，请留空。</translation>
    </message>
    <message>
        <source>The check digit (9th character) of this VIN should be {expected}. Read the VIN off the car again; if it is right as typed (imported cars often have no check digit), tick &quot;VIN confirmed as read&quot;.</source>
        <translation>此车架号的校验位（第 9 位）应为 {expected}。请在车上重新核对车架号；如果与车上一致（进口车常常没有校验位），请勾选“已在车上核对车架号”。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 至 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Enter the plate, or the VIN for a car that has no plate yet.</source>
        <translation>请输入车牌；尚未上牌的车辆请输入车架号。</translation>
    </message>
    <message>
        <source>Choose the kind of fuel from the list.</source>
        <translation>请从列表中选择燃料类型。</translation>
    </message>
    <message>
        <source>This customer already owns the car; choose the new owner.</source>
        <translation>该客户已是此车的车主，请选择新车主。</translation>
    </message>
    <message>
        <source>The sale date is before the current owner got the car ({date}).</source>
        <translation>过户日期早于现车主的购入日期（{date}）。</translation>
    </message>
    <message>
        <source>The phone {value} is already on file for {name}.</source>
        <translation>电话 {value} 已登记在 {name} 名下。</translation>
    </message>
    <message>
        <source>The plate {value} is already on file for {name}.</source>
        <translation>车牌 {value} 已登记在 {name} 名下。</translation>
    </message>
    <message>
        <source>The VIN {value} is already on file for {name}.</source>
        <translation>车架号 {value} 已登记在 {name} 名下。</translation>
    </message>
    <message>
        <source>The database refused the row: {error}</source>
        <translation>数据库拒绝了此行：{error}</translation>
    </message>
    <message>
        <source>The phones of this customer belong to different customers on file ({names}); merge them at the desk first.</source>
        <translation>此客户的电话分别属于档案中的不同客户（{names}），请先在前台合并这些客户。</translation>
    </message>
    <message>
        <source>The plate {plate} and the VIN {vin} are on file as two different cars; correct one of them.</source>
        <translation>车牌 {plate} 和车架号 {vin} 在档案中属于两辆不同的车，请更正其中一项。</translation>
    </message>
    <message>
        <source>The plate {value} is on file for {owner}; a car has one current owner. If the car was sold, transfer it at the desk.</source>
        <translation>车牌 {value} 已登记在 {owner} 名下，一辆车只能有一位现车主。如果车辆已转卖，请在前台办理过户。</translation>
    </message>
    <message>
        <source>The VIN {value} is on file for {owner}; a car has one current owner. If the car was sold, transfer it at the desk.</source>
        <translation>车架号 {value} 已登记在 {owner} 名下，一辆车只能有一位现车主。如果车辆已转卖，请在前台办理过户。</translation>
    </message>
    <message>
        <source>Already on file; skipped.</source>
        <translation>已登记，已跳过。</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {error}</source>
        <translation>无法读取文件 {file}：{error}</translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls). Open it in Excel, save it as .xlsx or CSV, and import that.</source>
        <translation>{file} 是旧版 Excel 文件（.xls）。请用 Excel 打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GBK text. Save it from Excel as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>{file} 既不是 UTF-8 也不是 GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook that can be read: {error}</source>
        <translation>{file} 不是可以读取的 Excel 工作簿：{error}</translation>
    </message>
    <message>
        <source>The workbook {file} has no sheet named {sheet}; its sheets are {sheets}.</source>
        <translation>工作簿 {file} 中没有名为 {sheet} 的工作表，现有工作表为：{sheets}。</translation>
    </message>
    <message>
        <source>The file {file} has no rows.</source>
        <translation>文件 {file} 中没有数据行。</translation>
    </message>
    <message>
        <source>The file {file} has no column for {missing}. Name the columns in the header row, for example 姓名, 电话, 车牌, 车架号 (headers found: {found}).</source>
        <translation>文件 {file} 中没有“{missing}”列。请在表头行中写明列名，例如 姓名、电话、车牌、车架号（找到的表头：{found}）。</translation>
    </message>
    <message>
        <source>Excel turned the phone number into {phone} and lost its digits. Format the column as text in Excel, type the number again and export again.</source>
        <translation>Excel 把电话号码变成了 {phone}，丢失了部分数字。请在 Excel 中把该列设为文本格式，重新输入号码后再导出。</translation>
    </message>
    <message>
        <source>The VIN {vin} has {actual} as its check digit (9th character); it should be {expected}. Import it as read only if it was copied from the car (tick &quot;Accept VIN flags&quot;); otherwise correct it in the file.</source>
        <translation>车架号 {vin} 的校验位（第 9 位）是 {actual}，应为 {expected}。只有从车上抄录的车架号才按原样导入（勾选“接受存疑车架号”）；否则请在文件中更正。</translation>
    </message>
    <message>
        <source>The same as line {line}; skipped.</source>
        <translation>与第 {line} 行相同，已跳过。</translation>
    </message>
    <message>
        <source>The same car and phone as line {line}, there under the name {name}; skipped (correct the name at the desk if {name} is wrong).</source>
        <translation>与第 {line} 行的车辆和电话相同，该行姓名为{name}；已跳过（如{name}有误，请在前台更正姓名）。</translation>
    </message>
    <message>
        <source>The phone of line {line} ({name}) under another name, without a car; nothing to add, skipped.</source>
        <translation>与第 {line} 行（{name}）电话相同但姓名不同，且没有车辆；无可添加，已跳过。</translation>
    </message>
    <message>
        <source>Line {line} gives this phone for {name}: one phone is one customer. Attach this car to {name}, or skip the row.</source>
        <translation>第 {line} 行的这个电话属于{name}：一个电话只属于一位客户。请将此车归入{name}名下，或跳过此行。</translation>
    </message>
    <message>
        <source>The phone is on file for {name}, under another name; without a car there is nothing to add; skipped.</source>
        <translation>此电话已登记在{name}名下，姓名不同；没有车辆，无可添加，已跳过。</translation>
    </message>
    <message>
        <source>The phone is on file for {name}: one phone is one customer. Attach this car to {name}, or skip the row.</source>
        <translation>此电话已登记在{name}名下：一个电话只属于一位客户。请将此车归入{name}名下，或跳过此行。</translation>
    </message>
    <message>
        <source>The plate {value} is also on line {lines} with other details; keep one row for the car.</source>
        <translation>车牌 {value} 也出现在第 {lines} 行，但其他信息不同；每辆车请只保留一行。</translation>
    </message>
    <message>
        <source>The VIN {value} is also on line {lines} with other details; keep one row for the car.</source>
        <translation>车架号 {value} 也出现在第 {lines} 行，但其他信息不同；每辆车请只保留一行。</translation>
    </message>
    <message>
        <source>Choose the customer first: type a name or phone and pick a line.</source>
        <translation>请先选择客户：输入姓名或电话，然后选中一行。</translation>
    </message>
    <message>
        <source>Your role may not do this; ask a manager.</source>
        <translation>您的角色无权执行此操作，请联系店长。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The quantity {text} is not a number. Type for example 1, 2 or 1.5.</source>
        <translation>数量 {text} 不是有效的数字。请输入数字，例如 1、2 或 1.5。</translation>
    </message>
    <message>
        <source>The quantity {text} has more than 3 decimals; round it.</source>
        <translation>数量 {text} 的小数超过 3 位，请四舍五入。</translation>
    </message>
    <message>
        <source>The quantity must be more than 0. To drop a line, delete it.</source>
        <translation>数量必须大于 0。如果不需要这一行，请将其删除。</translation>
    </message>
    <message>
        <source>The quantity {text} is too large for one line. Check for extra digits.</source>
        <translation>数量 {text} 对单行来说过大，请检查是否多输了数字。</translation>
    </message>
    <message>
        <source>The discount {text} is not a percentage from 0% to 100%.</source>
        <translation>优惠 {text} 不是 0% 至 100% 之间的百分比，请重新输入。</translation>
    </message>
    <message>
        <source>A discount cannot be negative. To charge more, raise the price.</source>
        <translation>优惠不能为负数。如需多收费，请提高价格。</translation>
    </message>
    <message>
        <source>The discount {discount} is more than the amount {amount}.</source>
        <translation>优惠 {discount} 超过了金额 {amount}，请减少优惠。</translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}; choose another code.</source>
        <translation>编码 {code} 已被“{name}”使用，请另选编码。</translation>
    </message>
    <message>
        <source>There is no labor operation with the code {code} in the catalog; add it there first, or choose another.</source>
        <translation>目录中没有编码为 {code} 的工时项目；请先在目录中添加，或另选一项。</translation>
    </message>
    <message>
        <source>There is no part with the code {code} in the catalog; add it there first, or choose another.</source>
        <translation>目录中没有编码为 {code} 的配件；请先在目录中添加，或另选一项。</translation>
    </message>
    <message>
        <source>The labor operation {code} is switched off; switch it on in the catalog first, or choose another.</source>
        <translation>工时项目 {code} 已停用；请先在目录中启用，或另选一项。</translation>
    </message>
    <message>
        <source>The part {code} is switched off; switch it on in the catalog first, or choose another.</source>
        <translation>配件 {code} 已停用；请先在目录中启用，或另选一项。</translation>
    </message>
    <message>
        <source>Enter a code (for example BY01); the desk finds the item by it.</source>
        <translation>请输入编码（例如 BY01），前台凭编码查找该项目。</translation>
    </message>
    <message>
        <source>The code is longer than {n} characters; shorten it.</source>
        <translation>编码超过 {n} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters; shorten it.</source>
        <translation>内容超过 {n} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Enter a name; it is what the order and the settlement list show.</source>
        <translation>请输入名称，工单和结算单上显示的就是这个名称。</translation>
    </message>
    <message>
        <source>Choose a repair category from the list.</source>
        <translation>请从列表中选择维修类别。</translation>
    </message>
    <message>
        <source>Enter the standard hours, for example 0.5 or 1.5.</source>
        <translation>请输入标准工时，例如 0.5 或 1.5。</translation>
    </message>
    <message>
        <source>The standard hours must be more than 0.</source>
        <translation>标准工时必须大于 0。</translation>
    </message>
    <message>
        <source>The standard hours {text} are not a number of hours. Type for example 1 or 1.5 (at most 3 decimals).</source>
        <translation>标准工时 {text} 不是有效的小时数。请输入例如 1 或 1.5（最多 3 位小数）。</translation>
    </message>
    <message>
        <source>{text} standard hours is more than {n} for one operation; check for extra digits.</source>
        <translation>标准工时 {text} 超过了单个项目的上限 {n} 小时，请检查是否多输了数字。</translation>
    </message>
    <message>
        <source>Enter the price in yuan, for example 45 or 12.50.</source>
        <translation>请输入以元为单位的价格，例如 45 或 12.50。</translation>
    </message>
    <message>
        <source>A price cannot be negative. Type the amount without a minus sign.</source>
        <translation>价格不能为负数，请去掉负号后重新输入。</translation>
    </message>
    <message>
        <source>The stock cannot be negative; count what is on the shelf, or enter 0.</source>
        <translation>库存不能为负数；请清点货架上的实际数量，或输入 0。</translation>
    </message>
    <message>
        <source>The stock {text} is not a number. Type for example 0, 12 or 4.5.</source>
        <translation>库存 {text} 不是有效的数字。请输入例如 0、12 或 4.5。</translation>
    </message>
    <message>
        <source>The warranty {text} is not a number of months from 0 to {n}. Type for example 12, or leave it empty.</source>
        <translation>质保期 {text} 不是 0 至 {n} 之间的月数。请输入例如 12，或留空。</translation>
    </message>
    <message>
        <source>The warranty {text} is not a number of kilometres. Type for example 20000, or leave it empty.</source>
        <translation>质保里程 {text} 不是有效的公里数。请输入例如 20000，或留空。</translation>
    </message>
    <message>
        <source>The source {text} is not one the shop uses. Choose 原厂 (OEM), 品牌 (brand), 副厂 (aftermarket), 修复 (repaired) or 客供 (customer-supplied).</source>
        <translation>来源“{text}”不是本店使用的配件来源。请选择原厂、品牌、副厂、修复或客供。</translation>
    </message>
    <message>
        <source>Enter the unit the part is sold in, for example 个, 套 or 升.</source>
        <translation>请输入配件的销售单位，例如 个、套 或 升。</translation>
    </message>
    <message>
        <source>Choose labor, part or fee for the line.</source>
        <translation>请为这一行选择工时、配件或其他费用。</translation>
    </message>
    <message>
        <source>Enter what the fee is for, for example 废油回收处理费.</source>
        <translation>请输入费用用途，例如 废油回收处理费。</translation>
    </message>
    <message>
        <source>Add at least one line to the package: a labor operation, a part or a fee.</source>
        <translation>请至少为套餐添加一行：工时项目、配件或其他费用。</translation>
    </message>
    <message>
        <source>Enter the phrase, for example 刹车异响.</source>
        <translation>请输入描述，例如 刹车异响。</translation>
    </message>
    <message>
        <source>The phrase {text} is already in the list.</source>
        <translation>常用描述“{text}”已在列表中。</translation>
    </message>
    <message>
        <source>The list of phrases changed meanwhile; look at it again and retry.</source>
        <translation>常用描述列表刚被他人修改，请重新查看后再试。</translation>
    </message>
    <message>
        <source>Enter who gave the consent (the customer or the person they sent).</source>
        <translation>请输入同意人（客户本人或其委托的人）。</translation>
    </message>
    <message>
        <source>Choose how the customer agreed: in person, by phone or by message.</source>
        <translation>请选择客户同意的方式：当面、电话或短信/微信。</translation>
    </message>
    <message>
        <source>The consent&apos;s time cannot be in the future.</source>
        <translation>同意时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The shop requires the customer&apos;s signature on the estimate: choose &quot;in person, signed&quot;.</source>
        <translation>本店要求客户在估价单上签字：请选择“当面签字”。</translation>
    </message>
    <message>
        <source>Choose the lines waiting for the customer&apos;s consent.</source>
        <translation>请选择等待客户确认的项目。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled; the reason stays on the order.</source>
        <translation>请说明取消工单的原因，原因会保留在工单上。</translation>
    </message>
    <message>
        <source>Type the odometer reading in whole kilometres, e.g. 45200.</source>
        <translation>请输入里程表读数（整数公里），例如 45200。</translation>
    </message>
    <message>
        <source>The odometer cannot read less than at check-in ({km} km); read it again.</source>
        <translation>出厂里程不能小于接车时的 {km} 公里，请重新读表。</translation>
    </message>
    <message>
        <source>Say which belongings were not returned, and why.</source>
        <translation>请写明哪些物品未归还及原因。</translation>
    </message>
    <message>
        <source>The follow-up call is due 2 to 7 days after pickup.</source>
        <translation>回访应在交车后 2 至 7 天内进行。</translation>
    </message>
    <message>
        <source>The odometer shows less than the {last} km recorded last time. Check the reading, or tick &quot;Replaced&quot; and say why.</source>
        <translation>里程表读数低于上次记录的 {last} km。请核对读数；如确已更换里程表，请勾选“已更换”并说明原因。</translation>
    </message>
    <message>
        <source>Say why the odometer reading went back (e.g. instrument cluster replaced).</source>
        <translation>请说明里程表读数倒退的原因（例如更换了仪表盘）。</translation>
    </message>
    <message>
        <source>Mark every checklist item as OK, damaged or missing.</source>
        <translation>请将每个检查项目标为正常、损坏或缺失。</translation>
    </message>
    <message>
        <source>The completion checklist is empty; set it in the shop rules.</source>
        <translation>竣工检验项目为空，请在店规中设置。</translation>
    </message>
    <message>
        <source>Say what is wrong with &quot;{completion_item}&quot; in its note.</source>
        <translation>请在说明中写明“{completion_item}”的问题。</translation>
    </message>
    <message>
        <source>A damage mark lies off the diagram or has no kind; place it again.</source>
        <translation>有损伤标记不在车图上或没有类型，请重新标记。</translation>
    </message>
    <message>
        <source>{km} km is too large for an odometer: the most is {most} km. Check the digits.</source>
        <translation>{km} 公里超出了里程表的范围：最多 {most} 公里。请核对数字。</translation>
    </message>
    <message>
        <source>The fuel level goes from empty (0) to full (8 eighths).</source>
        <translation>油量范围为 0（空）至 8（满，8/8）。</translation>
    </message>
    <message>
        <source>The battery charge goes from 0 to 100 %.</source>
        <translation>电量范围为 0 至 100 %。</translation>
    </message>
    <message>
        <source>Say what is wrong with &quot;{check_item}&quot; in its note.</source>
        <translation>请在说明中写明“{check_item}”的问题。</translation>
    </message>
    <message>
        <source>Count the keys handed over (0 to 20).</source>
        <translation>请填写交接的钥匙数量（0 到 20）。</translation>
    </message>
    <message>
        <source>A photo is no longer on file; add it again.</source>
        <translation>有照片已不在存档中，请重新添加。</translation>
    </message>
    <message>
        <source>The customer has to sign the check-in (the shop requires it).</source>
        <translation>客户须在接车检查单上签字（本店规定）。</translation>
    </message>
    <message>
        <source>Enter who signed (the customer or the person they sent).</source>
        <translation>请填写签字人（客户本人或其委托人）。</translation>
    </message>
    <message>
        <source>The signature could not be kept; sign again.</source>
        <translation>签名未能保存，请重新签字。</translation>
    </message>
    <message>
        <source>The photo is empty or larger than 25 MB.</source>
        <translation>照片为空或大于 25 MB。</translation>
    </message>
    <message>
        <source>This file is not a picture (JPEG or PNG).</source>
        <translation>此文件不是图片（JPEG 或 PNG）。</translation>
    </message>
    <message>
        <source>Choose the repair category.</source>
        <translation>请选择维修类别。</translation>
    </message>
    <message>
        <source>Choose the repair type from the list.</source>
        <translation>请从列表中选择维修类型。</translation>
    </message>
    <message>
        <source>Choose who pays: the customer, an insurer or the maker.</source>
        <translation>请选择付款方：客户、保险公司或厂家。</translation>
    </message>
    <message>
        <source>An insurance job needs the insurer and the claim number (报案号).</source>
        <translation>保险理赔工单需要填写保险公司和报案号。</translation>
    </message>
    <message>
        <source>The promised time is already past. Choose a later time.</source>
        <translation>预计交车时间已过，请选择更晚的时间。</translation>
    </message>
    <message>
        <source>Line {line}: choose labor, part, sublet or fee.</source>
        <translation>第 {line} 行：请选择工时、配件、外协或其他费用。</translation>
    </message>
    <message>
        <source>Line {line}: say what the work or part is.</source>
        <translation>第 {line} 行：请填写项目或配件名称。</translation>
    </message>
    <message>
        <source>Line {line}: the description is longer than 200 characters.</source>
        <translation>第 {line} 行：名称超过 200 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be more than 0.</source>
        <translation>第 {line} 行：数量必须大于 0。</translation>
    </message>
    <message>
        <source>Line {line}: a price cannot be negative; use a discount.</source>
        <translation>第 {line} 行：价格不能为负数，如需减价请使用优惠。</translation>
    </message>
    <message>
        <source>Line {line}: choose where the part comes from.</source>
        <translation>第 {line} 行：请选择配件来源。</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>The code {code} is on more than one row of the file (lines {lines}); keep one of them.</source>
        <translation>编码 {code} 在文件中出现了多次（第 {lines} 行），请只保留其中一行。</translation>
    </message>
    <message>
        <source>The file {file} has no column for the part&apos;s code (编码/code). Name the columns in the header row, for example 编码, 名称, 品牌, 单位, 售价, 库存 (headers found: {found}).</source>
        <translation>文件 {file} 中没有配件编码列（编码/code）。请在表头行中写明列名，例如 编码、名称、品牌、单位、售价、库存（找到的表头：{found}）。</translation>
    </message>
    <message>
        <source>A price cannot be negative; use a discount.</source>
        <translation>价格不能为负数，如需减价请使用优惠。</translation>
    </message>
    <message>
        <source>This order can no longer be edited.</source>
        <translation>此工单已不能再修改。</translation>
    </message>
    <message>
        <source>A discount of {pct}% is above your limit of {limit}%; a manager has to approve it.</source>
        <translation>{pct}% 的优惠超出了您的权限上限 {limit}%，需要店长批准。</translation>
    </message>
    <message>
        <source>The order is {status} now and cannot take this decision; close and look at it again.</source>
        <translation>工单当前状态为“{status}”，无法记录此决定；请关闭后重新查看。</translation>
    </message>
    <message>
        <source>The customer signs in the box first (or use Clear to start again).</source>
        <translation>请客户先在签字框内签名（可点“清除”重签）。</translation>
    </message>
    <message>
        <source>Type the hourly rate in yuan, more than 0, e.g. 120.</source>
        <translation>请输入工时单价（元），须大于 0，如 120。</translation>
    </message>
    <message>
        <source>Type the advisor&apos;s discount limit as a percentage from 0 to 100, e.g. 10.</source>
        <translation>请以 0 到 100 的百分数输入服务顾问的优惠权限，如 10。</translation>
    </message>
    <message>
        <source>An estimate holds for 1 to 365 days.</source>
        <translation>估价单有效期为 1 到 365 天。</translation>
    </message>
    <message>
        <source>A checklist item is longer than 40 characters; shorten it.</source>
        <translation>有检查项目超过 40 个字，请缩短。</translation>
    </message>
    <message>
        <source>Choose the papers from the list.</source>
        <translation>请从列表中选择单据。</translation>
    </message>
    <message>
        <source>Choose one of the regulation&apos;s repair types.</source>
        <translation>请选择法规规定的维修类别。</translation>
    </message>
    <message>
        <source>The law&apos;s minimum for this repair type is {km} km or {days} days: the shop may promise more, never less.</source>
        <translation>该维修类别的法定最低质量保证期为 {km} 公里或 {days} 天：本店可承诺更长，不能更短。</translation>
    </message>
    <message>
        <source>Choose how the customer complained.</source>
        <translation>请选择客户投诉的方式。</translation>
    </message>
    <message>
        <source>Write what the customer complains about, in their words.</source>
        <translation>请按客户原话填写投诉内容。</translation>
    </message>
    <message>
        <source>Choose who owns the complaint and replies to the customer.</source>
        <translation>请选择负责处理并答复客户的人。</translation>
    </message>
    <message>
        <source>The reply deadline must be later than now.</source>
        <translation>答复期限必须晚于现在。</translation>
    </message>
    <message>
        <source>The complaint cannot have come in the future.</source>
        <translation>投诉时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Write what the customer was told or given; it stays on the record.</source>
        <translation>请填写给客户的答复或补偿，它会留档。</translation>
    </message>
    <message>
        <source>This complaint is closed already.</source>
        <translation>这条投诉已经结案。</translation>
    </message>
    <message>
        <source>Payment {n}: choose how the customer pays.</source>
        <translation>第 {n} 笔付款：请选择付款方式。</translation>
    </message>
    <message>
        <source>Payment {n}: an amount cannot be negative.</source>
        <translation>第 {n} 笔付款：金额不能为负数。</translation>
    </message>
    <message>
        <source>Put all the cash in one row: type what the customer hands over.</source>
        <translation>现金请合并为一行：填写客户实际交来的金额。</translation>
    </message>
    <message>
        <source>The card, online and account payments come to {paid}, more than the {due} due. Only cash can be more (change is given).</source>
        <translation>刷卡、线上及挂账金额合计 {paid}，超过应付的 {due}。只有现金可以多收（找零）。</translation>
    </message>
    <message>
        <source>{left} is still due. Add a payment or put it on account.</source>
        <translation>还差 {left} 未付。请再添加一笔付款或挂账。</translation>
    </message>
    <message>
        <source>Choose how the customer pays the money owed.</source>
        <translation>请选择客户还款的付款方式。</translation>
    </message>
    <message>
        <source>Type the amount the customer pays, more than 0.</source>
        <translation>请填写客户支付的金额，须大于 0。</translation>
    </message>
    <message>
        <source>Only {owed} is owed on this bill.</source>
        <translation>这张结算单只欠 {owed}。</translation>
    </message>
    <message>
        <source>Enter who asked (the customer or the person calling for them).</source>
        <translation>请填写询问人（客户本人或代为询问的人）。</translation>
    </message>
    <message>
        <source>Choose how the customer asked.</source>
        <translation>请选择客户询问的方式。</translation>
    </message>
    <message>
        <source>The original order&apos;s warranty does not cover the car any more (ended on {until} or at {km} km); this is an ordinary paid order.</source>
        <translation>原工单的质量保证期已过（至 {until} 或 {km} 公里），本次为正常收费维修。</translation>
    </message>
    <message>
        <source>Only an open order can be marked a comeback.</source>
        <translation>只有未完工的工单才能标记为返修。</translation>
    </message>
    <message>
        <source>Choose a delivered order of the same car.</source>
        <translation>请选择同一车辆已交车的工单。</translation>
    </message>
    <message>
        <source>Only the lines of an open comeback order are free under warranty.</source>
        <translation>只有未完工的返修工单项目才能按质保免费。</translation>
    </message>
    <message>
        <source>The customer has to sign for the car (the shop requires it).</source>
        <translation>本店规定交车须由客户签字。</translation>
    </message>
    <message>
        <source>A checklist item is longer than 60 characters; shorten it.</source>
        <translation>检验项目超过 60 个字，请缩短。</translation>
    </message>
    <message>
        <source>Choose what the notice is about.</source>
        <translation>请选择通知类型。</translation>
    </message>
    <message>
        <source>The notice is empty; write what the customer is told.</source>
        <translation>通知内容为空，请填写告知客户的内容。</translation>
    </message>
    <message>
        <source>Choose how the notice was sent: phone, SMS, WeChat or in person.</source>
        <translation>请选择通知方式：电话、短信、微信或当面。</translation>
    </message>
    <message>
        <source>The time sent cannot be in the future.</source>
        <translation>发送时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Choose not started, working or done.</source>
        <translation>请选择未开始、施工中或已完成。</translation>
    </message>
    <message>
        <source>Choose a labor line of this order.</source>
        <translation>请选择本工单的一个工时项目。</translation>
    </message>
    <message>
        <source>This line is not approved by the customer; it cannot be worked on.</source>
        <translation>该项目客户未同意，不能施工。</translation>
    </message>
    <message>
        <source>Say which part the car waits for.</source>
        <translation>请填写等待的配件。</translation>
    </message>
    <message>
        <source>The part&apos;s expected date is already past.</source>
        <translation>配件预计到货日期已过。</translation>
    </message>
    <message>
        <source>Say why the promised time changes; it stays on the order.</source>
        <translation>请填写修改承诺时间的原因，原因会保留在工单上。</translation>
    </message>
    <message>
        <source>Choose how the customer was told.</source>
        <translation>请选择告知客户的方式。</translation>
    </message>
    <message>
        <source>The time the customer was told cannot be in the future.</source>
        <translation>告知客户的时间不能晚于现在。</translation>
    </message>
    <message>
        <source>{customer} may not leave money on account (挂账): the customer has no credit with the shop. Take another payment method.</source>
        <translation>{customer} 不能挂账：该客户没有本店的挂账额度。请选择其他付款方式。</translation>
    </message>
    <message>
        <source>Say why the settlement is reversed; the reason is kept.</source>
        <translation>请填写冲销结算的原因，原因将被保留。</translation>
    </message>
    <message>
        <source>Nothing is owed on receipt {number}.</source>
        <translation>结算单 {number} 没有欠款。</translation>
    </message>
    <message>
        <source>Choose how the customer pays the deposit.</source>
        <translation>请选择客户支付定金的方式。</translation>
    </message>
    <message>
        <source>Type the promise as whole kilometres and days, e.g. 30000 and 120.</source>
        <translation>请以整数公里和天数填写承诺，例如 30000 和 120。</translation>
    </message>
    <message>
        <source>Not checked yet: {items}. Press 1 (passed) or 2 (failed) on each, or Ctrl+1 to pass all of them.</source>
        <translation>尚未检验：{items}。请逐项按 1（合格）或 2（不合格），或按 Ctrl+1 将其全部判为合格。</translation>
    </message>
    <message>
        <source>The order is no longer in quality check (it is {status}); reopen it.</source>
        <translation>该工单已不在竣工检验状态（当前：{status}），请重新打开。</translation>
    </message>
    <message>
        <source>Not possible now: {why}</source>
        <translation>现在无法操作：{why}</translation>
    </message>
    <message>
        <source>No completion certificate: the car has not passed its completion check, or its repair type needs none.</source>
        <translation>无竣工出厂合格证：车辆未通过竣工检验，或该维修类别无需合格证。</translation>
    </message>
    <message>
        <source>The order is {status} now; close and look again.</source>
        <translation>工单现在是“{status}”状态，请关闭后重新查看。</translation>
    </message>
    <message>
        <source>{who} saved this {record} at {time} while you were editing it, and changed: {fields}. What you typed is still here: Save again to put it over their changes, or Cancel to keep theirs.</source>
        <translation>您编辑期间，{who} 在 {time} 保存了这份{record}，改动了：{fields}。您输入的内容仍在：再次保存会用您的内容覆盖对方的改动；取消则保留对方的改动。</translation>
    </message>
    <message>
        <source>{label} contains an invisible control character ({code}) that cannot be stored: delete it, or type the text again.</source>
        <translation>“{label}”中含有无法保存的不可见控制字符（{code}）：请删除它，或重新输入。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. What you typed is still here: free some space on the disk (or ask whoever looks after this PC), then save again.</source>
        <translation>磁盘已满，什么都没有保存。您输入的内容仍然保留：请清理磁盘空间（或请负责这台电脑的人员处理），然后再保存一次。</translation>
    </message>
    <message>
        <source>Another desk was saving at the same moment, so this was not saved. What you typed is still here: save again in a moment.</source>
        <translation>另一台前台电脑正在同时保存，这次没有保存。您输入的内容仍然保留：请稍后再保存一次。</translation>
    </message>
    <message>
        <source>The database cannot be written (the file, its folder or the disk is read-only), so nothing was saved. What you typed is still here: ask whoever looks after this PC to allow writing, then save again.</source>
        <translation>数据库无法写入（文件、其所在文件夹或磁盘是只读的），什么都没有保存。您输入的内容仍然保留：请负责这台电脑的人员开放写入权限，然后再保存一次。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so nothing was saved. What you typed is still here: check the network or the server, then save again.</source>
        <translation>与数据库服务器的连接已断开，什么都没有保存。您输入的内容仍然保留：请检查网络或服务器，然后再保存一次。</translation>
    </message>
    <message>
        <source>The database file {path} was replaced or its journal deleted by another program, so nothing was saved. What you typed is still here: restart GarageDesk, then save again.</source>
        <translation>数据库文件 {path} 已被其他程序替换，或其日志文件被删除，所以没有保存。您输入的内容仍在这里：请重新启动 GarageDesk，然后再保存。</translation>
    </message>
    <message>
        <source>Other desks kept the database busy for {seconds} s, so nothing was saved. What you typed is still here: save again in a moment.</source>
        <translation>其他工作站占用数据库已达 {seconds} 秒，所以没有保存。您输入的内容仍在这里：请稍后再保存。</translation>
    </message>
    <message>
        <source>The disk could not be read or written ({detail}), so nothing was saved. What you typed is still here. Check the disk, and run `garagedesk check`.</source>
        <translation>磁盘无法读写（{detail}），什么都没有保存。您输入的内容仍然保留。请检查磁盘，并运行 `garagedesk check`。</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>… and {count} more findings of the same check.</source>
        <translation>…… 同类检查另有 {count} 项发现。</translation>
    </message>
    <message>
        <source>Audit entry {entry} ({when}, {action} on {entity}) was written outside the chain.</source>
        <translation>审计记录 {entry}（{when}，{entity} 的 {action}）未写入审计链。</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} are missing from the chain (removed from the log).</source>
        <translation>审计链缺少第 {first} 至 {last} 条记录（已从日志中删除）。</translation>
    </message>
    <message>
        <source>Audit entry {seq} does not follow the entry before it (the log was changed or an entry put in).</source>
        <translation>第 {seq} 条审计记录与前一条接不上（日志被改动或被插入记录）。</translation>
    </message>
    <message>
        <source>Audit entry {seq} ({when}, {action} on {entity}) was changed after it was written.</source>
        <translation>第 {seq} 条审计记录（{when}，{entity} 的 {action}）在写入后被改动。</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>接车单</translation>
    </message>
    <message>
        <source>pickup record</source>
        <translation>交车单</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>The {document} {label} of order {order} was changed after it was signed: it no longer matches its own hash.</source>
        <translation>工单 {order} 的{document} {label} 在签署后被改动：与其自身哈希不再一致。</translation>
    </message>
    <message>
        <source>The {document} {label} of order {order} has no entry in the audit chain.</source>
        <translation>工单 {order} 的{document} {label} 在审计链中没有记录。</translation>
    </message>
    <message>
        <source>The {document} {label} of order {order} differs from what the audit chain recorded when it was signed.</source>
        <translation>工单 {order} 的{document} {label} 与签署时审计链记录的不一致。</translation>
    </message>
    <message>
        <source>The database&apos;s guard {name} is missing: settled and signed records could be changed without a trace.</source>
        <translation>数据库防护 {name} 缺失：已结算和已签署的记录可能被悄悄改动。</translation>
    </message>
    <message>
        <source>The database&apos;s guard {name} is switched off.</source>
        <translation>数据库防护 {name} 已被关闭。</translation>
    </message>
    <message>
        <source>The database file is damaged: {detail}</source>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <source>A row of {table} (row {rowid}) points at a missing row of {parent}.</source>
        <translation>{table} 的一行（第 {rowid} 行）指向 {parent} 中不存在的记录。</translation>
    </message>
    <message>
        <source>{count} rows of {table} point at a missing row of {parent}.</source>
        <translation>{table} 有 {count} 行指向 {parent} 中不存在的记录。</translation>
    </message>
    <message>
        <source>The constraint {name} on {table} was never checked against the rows.</source>
        <translation>{table} 上的约束 {name} 从未对现有数据校验过。</translation>
    </message>
    <message>
        <source>The database&apos;s schema is {schema}, the program&apos;s {program}: open it with the program once to upgrade it.</source>
        <translation>数据库结构版本为 {schema}，程序为 {program}：请用本程序打开一次以升级。</translation>
    </message>
</context>
<context>
    <name>ItemState</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>LaborDialog</name>
    <message>
        <source>Add labor operation</source>
        <translation>添加工时项目</translation>
    </message>
    <message>
        <source>Labor operation {code}</source>
        <translation>工时项目 {code}</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>项目名称(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Standard &amp;hours</source>
        <translation>标准工时(&amp;H)</translation>
    </message>
    <message>
        <source>Warranty (&amp;months)</source>
        <translation>质保期（月）(&amp;M)</translation>
    </message>
    <message>
        <source>Warranty (&amp;km)</source>
        <translation>质保里程（公里）(&amp;K)</translation>
    </message>
    <message>
        <source>e.g. BY01</source>
        <translation>例如 BY01</translation>
    </message>
    <message>
        <source>e.g. 0.5 or 1.5</source>
        <translation>例如 0.5 或 1.5</translation>
    </message>
    <message>
        <source>empty: the legal minimum applies</source>
        <translation>留空则按法定最低质保期</translation>
    </message>
    <message>
        <source>At {rate} per hour</source>
        <translation>工时单价 {rate}/小时</translation>
    </message>
    <message>
        <source>{hours} h × {rate} = {price}</source>
        <translation>{hours} 小时 × {rate} = {price}</translation>
    </message>
</context>
<context>
    <name>LaborModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LineKind</name>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Sublet</source>
        <translation>外协</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>其他费用</translation>
    </message>
</context>
<context>
    <name>LineProgress</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>施工中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>客户决定</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Added · {state}</source>
        <translation>追加 · {state}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login &amp;name</source>
        <translation>登录名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}. An administrator can unlock it now.</source>
        <translation>密码错误次数过多，此账号已锁定至 {time}。管理员可以立即解锁。</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an administrator to switch it on.</source>
        <translation>此账号已停用，请联系管理员启用。</translation>
    </message>
    <message>
        <source>Wrong name or password. {n} tries left before the account is locked.</source>
        <translation>用户名或密码错误。还可尝试 {n} 次，之后账号将被锁定。</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>门店(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Register new customer…</source>
        <translation>登记新客户(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import customers and cars…</source>
        <translation>导入客户和车辆(&amp;I)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cash drawer — daily close…</source>
        <translation>收银日结(&amp;C)…</translation>
    </message>
    <message>
        <source>Money &amp;owed (挂账)…</source>
        <translation>挂账欠款(&amp;O)…</translation>
    </message>
    <message>
        <source>Shop &amp;profile…</source>
        <translation>门店信息(&amp;P)…</translation>
    </message>
    <message>
        <source>Shop &amp;rules (rates, terms, signatures)…</source>
        <translation>门店规则（单价、条款、签字）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Users and rights</source>
        <translation>用户和权限(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audit log (审计日志)…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>&amp;About GarageDesk</source>
        <translation>关于 GarageDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Where is my car?</source>
        <translation>查车辆进度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Notice templates…</source>
        <translation>客户通知模板(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Progress board</source>
        <translation>进度看板(&amp;P)</translation>
    </message>
    <message>
        <source>Waiting-room &amp;screen</source>
        <translation>休息区大屏(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception (F2)</source>
        <translation>接待 (F2)</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Progress board (F6)</source>
        <translation>进度看板 (F6)</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>用户和权限</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>The {lang} translation is not installed.</source>
        <translation>未安装{lang}翻译。</translation>
    </message>
    <message>
        <source>About GarageDesk</source>
        <translation>关于 GarageDesk</translation>
    </message>
    <message>
        <source>GarageDesk (汽修前台) {version}
The front desk of a car repair shop.</source>
        <translation>GarageDesk（汽修前台）{version}
汽车维修店的前台管理程序。</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>店长批准</translation>
    </message>
    <message>
        <source>Discount {pct}% — your limit is {limit}%</source>
        <translation>优惠 {pct}% — 您的权限上限为 {limit}%</translation>
    </message>
    <message>
        <source>A manager logs in here to approve it.</source>
        <translation>请店长在此登录以批准。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>This login may not approve discounts over the limit. A manager has to log in.</source>
        <translation>此账号无权批准超出上限的优惠，请由店长登录。</translation>
    </message>
</context>
<context>
    <name>MarkKind</name>
    <message>
        <source>Scratch</source>
        <translation>划痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂纹</translation>
    </message>
    <message>
        <source>Chipped paint</source>
        <translation>掉漆</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>将重复档案合并到 {name}</translation>
    </message>
    <message>
        <source>Find the other file of {name}. Its cars, work orders and phones move into this file; the other file is kept, marked as merged, and the audit log records it. This cannot be undone.</source>
        <translation>查找 {name} 的另一份档案。该档案的车辆、工单和电话将转入本档案；该档案本身会保留并标记为已合并，审计日志会记录此操作。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Merge {other} into this file</source>
        <translation>将 {other} 合并到本档案(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Merge into this file</source>
        <translation>合并到本档案(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MoveRefused</name>
    <message>
        <source>The order has no lines yet.</source>
        <translation>工单还没有项目。</translation>
    </message>
    <message>
        <source>The car&apos;s check-in is not signed yet: check the car in first.</source>
        <translation>车辆接车检查尚未签字：请先办理接车检查。</translation>
    </message>
    <message>
        <source>The bill is not settled yet: settle it (or put it on account) first.</source>
        <translation>尚未结算：请先结算（或挂账）再交车。</translation>
    </message>
    <message>
        <source>Some labor lines are not done yet: mark them done first.</source>
        <translation>还有工时项目未完成，请先标记为已完成。</translation>
    </message>
    <message>
        <source>Added work still waits for the customer&apos;s consent.</source>
        <translation>追加项目仍在等待客户同意。</translation>
    </message>
    <message>
        <source>Progress is recorded once work has started.</source>
        <translation>开工后才能记录进度。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Notice to the customer</source>
        <translation>通知客户</translation>
    </message>
    <message>
        <source>About</source>
        <translation>通知类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>复制内容(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>标记已发送(&amp;M)</translation>
    </message>
    <message>
        <source>Copied: paste it into SMS or WeChat, then mark it sent.</source>
        <translation>已复制：粘贴到短信或微信发送后，再标记已发送。</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <source>State changed</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>可以提车</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Added work needs consent</source>
        <translation>追加项目待确认</translation>
    </message>
</context>
<context>
    <name>NoticeMethod</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
</context>
<context>
    <name>NoticeTemplatesDialog</name>
    <message>
        <source>Notice templates</source>
        <translation>客户通知模板</translation>
    </message>
    <message>
        <source>Placeholders filled from the order: {names}. An empty text goes back to the default.</source>
        <translation>以下占位符会按工单自动填写：{names}。内容清空则恢复默认模板。</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Remove line (Del)</source>
        <translation>删除行 (Del)</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Customer declines / takes back</source>
        <translation>客户不做 / 恢复</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give &amp;estimate</source>
        <translation>出具估价单(&amp;E)</translation>
    </message>
    <message>
        <source>Customer &amp;decides…</source>
        <translation>客户决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;consent to added work…</source>
        <translation>登记追加项目同意(&amp;C)…</translation>
    </message>
    <message>
        <source>Print es&amp;timate</source>
        <translation>打印估价单(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print work order (Ctrl+P)</source>
        <translation>打印工单(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <source>Chec&amp;k the car in…</source>
        <translation>接车检查(&amp;K)…</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>开始施工(&amp;W)</translation>
    </message>
    <message>
        <source>Sett&amp;le…</source>
        <translation>结算(&amp;L)…</translation>
    </message>
    <message>
        <source>Reverse settlement…</source>
        <translation>冲销结算…</translation>
    </message>
    <message>
        <source>Comp&amp;letion check…</source>
        <translation>竣工检验(&amp;L)…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>交车(&amp;O)…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Repair type</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>预计交车</translation>
    </message>
    <message>
        <source>Customer says</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单信息</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>费用汇总</translation>
    </message>
    <message>
        <source>Order disco&amp;unt</source>
        <translation>整单优惠(&amp;U)</translation>
    </message>
    <message>
        <source>¥ or %</source>
        <translation>¥ 或 %</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>其中增值税</translation>
    </message>
    <message>
        <source>Declined (not charged)</source>
        <translation>不做（不计费）</translation>
    </message>
    <message>
        <source>Awaiting consent</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>advisor {name}</source>
        <translation>服务顾问 {name}</translation>
    </message>
    <message>
        <source>Add a line first (Ctrl+I).</source>
        <translation>请先添加项目（Ctrl+I）。</translation>
    </message>
    <message>
        <source>The customer has decided on this order; added work is recorded with its consent.</source>
        <translation>客户已对此工单作出决定；追加项目需登记客户同意。</translation>
    </message>
    <message>
        <source>The estimate was given already.</source>
        <translation>已出具估价单。</translation>
    </message>
    <message>
        <source>No added work waits for the customer&apos;s consent.</source>
        <translation>没有等待客户同意的追加项目。</translation>
    </message>
    <message>
        <source>Save the order first (Ctrl+S).</source>
        <translation>请先保存工单（Ctrl+S）。</translation>
    </message>
    <message>
        <source>A settled, delivered or cancelled order is not cancelled.</source>
        <translation>已结算、已交车或已作废的工单不能作废。</translation>
    </message>
    <message>
        <source>The car is checked in only before it is settled.</source>
        <translation>接车检查只能在结算之前进行。</translation>
    </message>
    <message>
        <source>Work starts once the customer has approved the order.</source>
        <translation>客户同意工单后才能开始施工。</translation>
    </message>
    <message>
        <source>Every line still waits for the customer&apos;s consent.</source>
        <translation>所有项目都还在等待客户同意。</translation>
    </message>
    <message>
        <source>Check-in: not done yet</source>
        <translation>接车检查：尚未办理</translation>
    </message>
    <message>
        <source>Check-in: version {n} signed by {who}</source>
        <translation>接车检查：第 {n} 版，{who} 已签字</translation>
    </message>
    <message>
        <source>Check-in: version {n} confirmed, signature skipped</source>
        <translation>接车检查：第 {n} 版已确认，未签字</translation>
    </message>
    <message>
        <source>Check-in: version {n} not signed yet</source>
        <translation>接车检查：第 {n} 版尚未签字</translation>
    </message>
    <message>
        <source>{by} changed this order at {time}; it was reloaded with their change. Make your change again.</source>
        <translation>{by} 于 {time} 修改了此工单，已重新载入其修改后的内容。请重新进行您的修改。</translation>
    </message>
    <message>
        <source>Order {number} saved at {time}</source>
        <translation>工单 {number} 已于 {time} 保存</translation>
    </message>
    <message>
        <source>Not done: the order could not be saved first; the message in red says why.</source>
        <translation>未执行：工单未能先保存，原因见红色提示。</translation>
    </message>
    <message>
        <source>Not possible now: {why}</source>
        <translation>暂时无法操作：{why}</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>取消工单的原因：</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>打印结算单(&amp;R)…</translation>
    </message>
    <message>
        <source>Reverse settlement</source>
        <translation>冲销结算</translation>
    </message>
    <message>
        <source>Why is the settlement reversed? (kept on record)</source>
        <translation>冲销原因（将存档）：</translation>
    </message>
    <message>
        <source>The settlement was reversed; the order is ready to be settled again.</source>
        <translation>结算已冲销，工单回到待结算状态，可重新结算。</translation>
    </message>
    <message>
        <source>Settlement list, &amp;A4</source>
        <translation>A4 结算清单(&amp;A)</translation>
    </message>
    <message>
        <source>Receipt, &amp;80 mm roll</source>
        <translation>80 mm 小票(&amp;8)</translation>
    </message>
</context>
<context>
    <name>OrderProgressPanel</name>
    <message>
        <source>Labor line</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>开始施工(&amp;W)</translation>
    </message>
    <message>
        <source>Waiting for &amp;parts…</source>
        <translation>等待配件(&amp;P)…</translation>
    </message>
    <message>
        <source>Parts a&amp;rrived</source>
        <translation>配件已到(&amp;R)</translation>
    </message>
    <message>
        <source>Send to &amp;quality check</source>
        <translation>送竣工检验(&amp;Q)</translation>
    </message>
    <message>
        <source>Change pro&amp;mised time…</source>
        <translation>修改承诺时间(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Notice…</source>
        <translation>通知客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <source>The technician who works on the line</source>
        <translation>负责该项目的技师</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Choose a car on the board.</source>
        <translation>请在看板上选择一辆车。</translation>
    </message>
    <message>
        <source>(technician unchanged)</source>
        <translation>（技师不变）</translation>
    </message>
    <message>
        <source>Promised: {time}</source>
        <translation>承诺交车：{time}</translation>
    </message>
    <message>
        <source>Waiting for: {part} {day}</source>
        <translation>等待配件：{part} {day}</translation>
    </message>
    <message>
        <source>Waiting for consent: {lines}</source>
        <translation>待客户同意：{lines}</translation>
    </message>
    <message>
        <source>Choose a car on the board first.</source>
        <translation>请先在看板上选择一辆车。</translation>
    </message>
    <message>
        <source>Line progress is recorded while the car is in the workshop.</source>
        <translation>车辆在车间维修时才能登记项目进度。</translation>
    </message>
    <message>
        <source>Choose a labor line first.</source>
        <translation>请先选择一个工时项目。</translation>
    </message>
    <message>
        <source>Not possible now: {why}</source>
        <translation>现在不能操作：{why}</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OwnersModel</name>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>current owner</source>
        <translation>现车主</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Package price at today&apos;s prices: {total}</source>
        <translation>按当前价格计算的套餐价：{total}</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>添加套餐</translation>
    </message>
    <message>
        <source>Package {code}</source>
        <translation>套餐 {code}</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Cat&amp;egory</source>
        <translation>类别(&amp;E)</translation>
    </message>
    <message>
        <source>Lines of the package</source>
        <translation>套餐明细</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;place line</source>
        <translation>替换行(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>编码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>名称(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>次数(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Price per &amp;hour</source>
        <translation>工时单价(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Unit price</source>
        <translation>单价(&amp;U)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>type a code or a name</source>
        <translation>输入编码或名称</translation>
    </message>
    <message>
        <source>what the fee is for</source>
        <translation>费用用途</translation>
    </message>
    <message>
        <source>empty: the catalog&apos;s name</source>
        <translation>留空则用目录中的名称</translation>
    </message>
    <message>
        <source>empty: catalog price</source>
        <translation>留空则按目录价格</translation>
    </message>
    <message>
        <source>How many times the operation is done; its standard hours come from the catalog.</source>
        <translation>该工时项目施工的次数；标准工时取自目录。</translation>
    </message>
</context>
<context>
    <name>PackageItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>(not in the catalog)</source>
        <translation>（目录中没有）</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>现价</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>Add part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <source>Part {code}</source>
        <translation>配件 {code}</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>品牌(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Selling &amp;price (yuan)</source>
        <translation>售价（元）(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ost (yuan)</source>
        <translation>成本价（元）(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>库存(&amp;T)</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>来源(&amp;R)</translation>
    </message>
    <message>
        <source>Warranty (&amp;months)</source>
        <translation>质保期（月）(&amp;M)</translation>
    </message>
    <message>
        <source>Warranty (&amp;km)</source>
        <translation>质保里程（公里）(&amp;K)</translation>
    </message>
    <message>
        <source>e.g. JY01 or the maker&apos;s part number</source>
        <translation>例如 JY01 或厂家配件号</translation>
    </message>
    <message>
        <source>e.g. 45 or 12.50</source>
        <translation>例如 45 或 12.50</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>on the shelf now, e.g. 4 or 4.5</source>
        <translation>当前在库数量，例如 4 或 4.5</translation>
    </message>
</context>
<context>
    <name>PartSource</name>
    <message>
        <source>OEM</source>
        <translation>原厂</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Aftermarket</source>
        <translation>副厂</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Customer-supplied</source>
        <translation>客供</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <source>The supplier gave a date</source>
        <translation>供应商已给出到货日期</translation>
    </message>
    <message>
        <source>e.g. front brake pads (OEM), ordered from …</source>
        <translation>例如：前刹车片（原厂），向……订货</translation>
    </message>
    <message>
        <source>&amp;Wait for parts</source>
        <translation>等待配件(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PartsImportDialog</name>
    <message>
        <source>Import a parts list</source>
        <translation>导入配件清单</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with columns such as 编码, 名称, 品牌, 单位, 售价, 库存</source>
        <translation>CSV 或 Excel（.xlsx）文件，包含 编码、名称、品牌、单位、售价、库存 等列</translation>
    </message>
    <message>
        <source>Import &amp;good rows only</source>
        <translation>只导入合格行(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Needed only when some rows have a problem.</source>
        <translation>仅在部分行有问题时需要。</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new parts, {update} updates, {same} without change, {problem} with problems.</source>
        <translation>共 {rows} 行：{new} 行新配件，{update} 行更新，{same} 行无变化，{problem} 行有问题。</translation>
    </message>
    <message>
        <source>Nothing is imported while rows have problems: correct the file and choose it again, or tick “Import good rows only”.</source>
        <translation>存在有问题的行时不会导入任何内容：请修正文件后重新选择，或勾选“只导入合格行”。</translation>
    </message>
    <message>
        <source>{n} rows will go in.</source>
        <translation>将导入 {n} 行。</translation>
    </message>
    <message>
        <source>Added {added} parts, updated {updated}; {unchanged} without change; refused {refused} rows.</source>
        <translation>已新增 {added} 个配件，更新 {updated} 个；{unchanged} 个无变化；拒绝 {refused} 行。</translation>
    </message>
    <message>
        <source>Choose a parts list</source>
        <translation>选择配件清单</translation>
    </message>
    <message>
        <source>Parts lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>配件清单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Your role may not change the catalog; ask a manager.</source>
        <translation>您的角色无权修改目录，请联系店长。</translation>
    </message>
    <message>
        <source>{n} rows have problems; nothing was imported.</source>
        <translation>{n} 行有问题，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>PartsImportModel</name>
    <message>
        <source>Problem or change</source>
        <translation>问题或变更</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation>变更：{fields}</translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message>
        <source>&amp;Import parts list…</source>
        <translation>导入配件清单(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>Payer</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Maker warranty</source>
        <translation>厂家索赔</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>挂账</translation>
    </message>
</context>
<context>
    <name>PaymentRowsModel</name>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
</context>
<context>
    <name>PhoneListEditor</name>
    <message>
        <source>+ Add phone</source>
        <translation>+ 添加电话</translation>
    </message>
    <message>
        <source>Another number for the same customer</source>
        <translation>同一客户的另一个号码</translation>
    </message>
    <message>
        <source>Phone {n}</source>
        <translation>电话 {n}</translation>
    </message>
    <message>
        <source>mobile or landline, e.g. 138 0013 8000</source>
        <translation>手机或固话，例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>删除此号码</translation>
    </message>
    <message>
        <source>Remove phone {n}</source>
        <translation>删除电话 {n}</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>Add quick phrase</source>
        <translation>添加常用描述</translation>
    </message>
    <message>
        <source>Quick phrase</source>
        <translation>常用描述</translation>
    </message>
    <message>
        <source>&amp;Phrase</source>
        <translation>描述(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 刹车异响</source>
        <translation>例如 刹车异响</translation>
    </message>
</context>
<context>
    <name>PhrasesModel</name>
    <message>
        <source>Phrase</source>
        <translation>常用描述</translation>
    </message>
</context>
<context>
    <name>PhrasesTab</name>
    <message>
        <source>Filter the phrases (e.g. 异响 or yx)</source>
        <translation>筛选常用描述（如 异响 或 yx）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PreviewImportDialog</name>
    <message>
        <source>Wait until the work under way is done.</source>
        <translation>请等待当前操作完成。</translation>
    </message>
    <message>
        <source>Choose a spreadsheet first.</source>
        <translation>请先选择表格文件。</translation>
    </message>
    <message>
        <source>Nothing here can be imported as it stands; the table says why.</source>
        <translation>当前没有可导入的行，原因见表格。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>The work stopped with an error: {error}</source>
        <translation>操作因出错而停止：{error}</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>The paper is still being made…</source>
        <translation>单据正在生成…</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估价单</translation>
    </message>
    <message>
        <source>Check-in sheet</source>
        <translation>接车检查单</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>钥匙牌</translation>
    </message>
    <message>
        <source>Settlement list</source>
        <translation>结算清单</translation>
    </message>
    <message>
        <source>Settlement list (80 mm)</source>
        <translation>结算小票（80 mm）</translation>
    </message>
    <message>
        <source>Daily close sheet</source>
        <translation>收银日结单</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>Pickup note</source>
        <translation>交车单</translation>
    </message>
    <message>
        <source>Print preview — {doc} {number}</source>
        <translation>打印预览 — {doc} {number}</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>打印(&amp;P)… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成单据…</translation>
    </message>
    <message>
        <source>{n} page(s)</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <source>The document could not be made: {why}</source>
        <translation>无法生成单据：{why}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress board</source>
        <translation>进度看板</translation>
    </message>
    <message>
        <source>Stat&amp;e</source>
        <translation>状态(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>服务顾问(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>技师(&amp;T)</translation>
    </message>
    <message>
        <source>Red: late. Orange: due within the hour, tell the customer now. Purple state: added work waits for consent. Blue state: waiting for parts.</source>
        <translation>红色：已超时。橙色：一小时内到期，请现在通知客户。紫色状态：追加项目待客户同意。蓝色状态：等待配件。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{n} cars · {late} late · {soon} due within the hour</source>
        <translation>{n} 辆车 · {late} 辆超时 · {soon} 辆一小时内到期</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Change the promised time</source>
        <translation>修改承诺交车时间</translation>
    </message>
    <message>
        <source>New promised time</source>
        <translation>新的承诺时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>告知方式</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>告知时间</translation>
    </message>
    <message>
        <source>The customer was told</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>e.g. the part arrives tomorrow morning</source>
        <translation>例如：配件明早到货</translation>
    </message>
    <message>
        <source>&amp;Change promise</source>
        <translation>修改承诺(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReceptionDialog</name>
    <message>
        <source>Take the car in</source>
        <translation>接车登记</translation>
    </message>
    <message>
        <source>O&amp;dometer (km)</source>
        <translation>进厂里程（公里）(&amp;D)</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程表</translation>
    </message>
    <message>
        <source>&amp;Fuel level</source>
        <translation>油量(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Battery charge</source>
        <translation>电量(&amp;B)</translation>
    </message>
    <message>
        <source>Customer &amp;says</source>
        <translation>客户描述(&amp;S)</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;romised for</source>
        <translation>预计交车(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Repair &amp;type</source>
        <translation>维修类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Insurer</source>
        <translation>保险公司(&amp;I)</translation>
    </message>
    <message>
        <source>Claim &amp;no.</source>
        <translation>报案号(&amp;N)</translation>
    </message>
    <message>
        <source>Replaced; why:</source>
        <translation>已更换，原因：</translation>
    </message>
    <message>
        <source>Warranty {km} km or {days} days</source>
        <translation>质量保证期 {km} 公里或 {days} 天</translation>
    </message>
    <message>
        <source>last recorded: {km}</source>
        <translation>上次记录：{km}</translation>
    </message>
    <message>
        <source>Who pa&amp;ys</source>
        <translation>付款方(&amp;Y)</translation>
    </message>
    <message>
        <source>Came by appointment</source>
        <translation>预约到店</translation>
    </message>
    <message>
        <source>In the customer&apos;s words; click a phrase below to add it.</source>
        <translation>按客户原话填写；点击下方的常用描述可直接添加。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>&amp;Open work order</source>
        <translation>开工单(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReceptionHome</name>
    <message>
        <source>Arrived today ({n})</source>
        <translation>今日进厂（{n}）</translation>
    </message>
    <message>
        <source>In the shop ({n})</source>
        <translation>在厂车辆（{n}）</translation>
    </message>
    <message>
        <source>Promised for today ({n})</source>
        <translation>今日承诺交车（{n}）</translation>
    </message>
    <message>
        <source>No car has come in yet.</source>
        <translation>今天还没有车辆进厂。</translation>
    </message>
    <message>
        <source>No car is promised for today.</source>
        <translation>今天没有承诺交车的车辆。</translation>
    </message>
    <message>
        <source>No car in the shop.</source>
        <translation>厂内没有车辆。</translation>
    </message>
    <message>
        <source>Late: {order}</source>
        <translation>已超时：{order}</translation>
    </message>
    <message>
        <source>{number} — Enter or double-click opens the order</source>
        <translation>{number} — 按回车或双击打开工单</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>Find the customer or car: press Ctrl+F and type a plate (any part), phone digits, a name or its pinyin initials, the end of the VIN, or scan a work order.</source>
        <translation>查找客户或车辆：按 Ctrl+F，输入车牌（任意部分）、电话号码、姓名或其拼音首字母、车架号末几位，或扫描工单。</translation>
    </message>
    <message>
        <source>Register new customer (Ctrl+N)</source>
        <translation>登记新客户 (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>← Back (Alt+Left)</source>
        <translation>← 返回 (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>labor operation</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>quick phrase</source>
        <translation>常用描述</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>接车检查</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>shop rules</source>
        <translation>店规</translation>
    </message>
    <message>
        <source>car</source>
        <translation>车辆资料</translation>
    </message>
</context>
<context>
    <name>RepairType</name>
    <message>
        <source>Vehicle overhaul</source>
        <translation>整车修理</translation>
    </message>
    <message>
        <source>Assembly overhaul</source>
        <translation>总成修理</translation>
    </message>
    <message>
        <source>Second-level maintenance</source>
        <translation>二级维护</translation>
    </message>
    <message>
        <source>First-level maintenance</source>
        <translation>一级维护</translation>
    </message>
    <message>
        <source>Minor repair</source>
        <translation>小修</translation>
    </message>
    <message>
        <source>Special repair</source>
        <translation>专项修理</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <source>Nothing on file matches “{text}”.</source>
        <translation>档案中没有与“{text}”匹配的记录。</translation>
    </message>
    <message>
        <source>Register new customer (Ctrl+N)</source>
        <translation>登记新客户 (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Settle {number}</source>
        <translation>结算 {number}</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>材料费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>其中增值税</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已付定金</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6 choose the method</source>
        <translation>Ctrl+1 … Ctrl+6 选择付款方式</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>付款方式(&amp;M)</translation>
    </message>
    <message>
        <source>Amou&amp;nt</source>
        <translation>金额(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>凭证号(&amp;R)</translation>
    </message>
    <message>
        <source>¥ (cash: what is handed over)</source>
        <translation>¥（现金填实收金额）</translation>
    </message>
    <message>
        <source>slip / transaction no.</source>
        <translation>小票号 / 交易单号</translation>
    </message>
    <message>
        <source>&amp;Add (Enter)</source>
        <translation>添加(&amp;A) (Enter)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation>确认结算(&amp;S)</translation>
    </message>
    <message>
        <source>Print A4 receipt (F5)</source>
        <translation>打印 A4 结算清单 (F5)</translation>
    </message>
    <message>
        <source>Print 80 mm receipt (F6)</source>
        <translation>打印 80 mm 小票 (F6)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>还需支付：{amount}</translation>
    </message>
    <message>
        <source>Change: {amount}</source>
        <translation>找零：{amount}</translation>
    </message>
    <message>
        <source>This order cannot be settled now ({status}).</source>
        <translation>该工单当前不能结算（{status}）。</translation>
    </message>
    <message>
        <source>Money on account needs a manager&apos;s approval.</source>
        <translation>挂账需要店长批准。</translation>
    </message>
    <message>
        <source>Settled: receipt {number}.</source>
        <translation>已结算：结算单号 {number}。</translation>
    </message>
    <message>
        <source>Give back {amount} change.</source>
        <translation>请找零 {amount}。</translation>
    </message>
    <message>
        <source>Give back {amount} of the deposit.</source>
        <translation>请退还多余定金 {amount}。</translation>
    </message>
    <message>
        <source>{amount} is owed on account.</source>
        <translation>挂账欠款 {amount}。</translation>
    </message>
    <message>
        <source>The bill is settled: its payments are on the receipt.</source>
        <translation>此单已结算：付款记录见结算单。</translation>
    </message>
</context>
<context>
    <name>ShopFormWidget</name>
    <message>
        <source>Shop &amp;name</source>
        <translation>门店名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Branch code</source>
        <translation>门店代码(&amp;B)</translation>
    </message>
    <message>
        <source>Plate &amp;prefix</source>
        <translation>车牌前缀(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. BR01 — goes into document numbers</source>
        <translation>例如 BR01，用于单据编号</translation>
    </message>
    <message>
        <source>e.g. 湘A — the city&apos;s plates</source>
        <translation>例如 湘A，本地车牌</translation>
    </message>
    <message>
        <source>as it goes on papers</source>
        <translation>与单据上一致</translation>
    </message>
</context>
<context>
    <name>ShopProfileDialog</name>
    <message>
        <source>Shop profile</source>
        <translation>门店信息</translation>
    </message>
</context>
<context>
    <name>ShopRulesDialog</name>
    <message>
        <source>Shop rules</source>
        <translation>门店规则</translation>
    </message>
    <message>
        <source>&amp;Hourly rate (¥)</source>
        <translation>工时单价（元）(&amp;H)</translation>
    </message>
    <message>
        <source>Advisor&apos;s discount &amp;limit (%)</source>
        <translation>服务顾问优惠权限（%）(&amp;L)</translation>
    </message>
    <message>
        <source>Estimate holds (&amp;days)</source>
        <translation>估价有效期（天）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Terms printed</source>
        <translation>打印条款(&amp;T)</translation>
    </message>
    <message>
        <source>Check-in &amp;checklist
(one item a line)</source>
        <translation>接车检查项目(&amp;C)
（每行一项）</translation>
    </message>
    <message>
        <source>Customer must sign</source>
        <translation>须客户签字</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger. Ctrl+Z takes back the last stroke; Delete clears the signature.</source>
        <translation>可用鼠标、手写笔或手指签名。Ctrl+Z 撤销最后一笔，Delete 清除签名。</translation>
    </message>
</context>
<context>
    <name>SignedPaper</name>
    <message>
        <source>Check-in</source>
        <translation>接车检查</translation>
    </message>
    <message>
        <source>Estimate approval</source>
        <translation>估价确认</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>取车</translation>
    </message>
</context>
<context>
    <name>StaleRecord</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>另一台电脑</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database was written by a newer GarageDesk; this version cannot open it.

{detail}</source>
        <translation>此数据库由更新版本的 GarageDesk 写入，当前版本无法打开。

{detail}</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the file or the database server is reachable and that you may write to it.

{detail}</source>
        <translation>无法打开数据库。请检查数据库文件或数据库服务器能否访问，以及您是否有写入权限。

{detail}</translation>
    </message>
    <message>
        <source>There is no database file {path}.

Check the path (a USB disk or network folder that is not connected?). To start a new, empty shop there, start GarageDesk with --create.</source>
        <translation>数据库文件 {path} 不存在。

请检查路径（U 盘或网络文件夹是否未连接？）。如要在那里新建一个空的门店，请用 --create 启动汽修前台。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>已估价</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒修</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>reception</source>
        <translation>接待开单</translation>
    </message>
    <message>
        <source>estimate sent</source>
        <translation>已估价</translation>
    </message>
    <message>
        <source>estimate reconsidered</source>
        <translation>客户重新考虑估价</translation>
    </message>
    <message>
        <source>estimate reopened</source>
        <translation>估价重新打开</translation>
    </message>
    <message>
        <source>customer declined every line</source>
        <translation>客户拒绝了全部项目</translation>
    </message>
    <message>
        <source>customer declined</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <source>{given_by} ({consent_method}), {n} declined</source>
        <translation>{given_by}（{consent_method}），拒绝 {n} 项</translation>
    </message>
    <message>
        <source>work started</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>parts arrived</source>
        <translation>配件已到</translation>
    </message>
    <message>
        <source>parts arrived: {part}</source>
        <translation>配件已到：{part}</translation>
    </message>
    <message>
        <source>work done</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>completion check passed</source>
        <translation>竣工检验合格</translation>
    </message>
    <message>
        <source>completion check failed: {why}</source>
        <translation>竣工检验不合格：{why}</translation>
    </message>
    <message>
        <source>receipt {number}</source>
        <translation>结算单 {number}</translation>
    </message>
    <message>
        <source>settlement {number} reversed: {why}</source>
        <translation>结算单 {number} 已冲销：{why}</translation>
    </message>
    <message>
        <source>handed over, signature skipped</source>
        <translation>已交车，未签字</translation>
    </message>
    <message>
        <source>handed over to {signer}</source>
        <translation>已交车给 {signer}</translation>
    </message>
    <message>
        <source>Order opened: {to_status}</source>
        <translation>开单：{to_status}</translation>
    </message>
    <message>
        <source>{from_status} → {to_status}</source>
        <translation>{from_status} → {to_status}</translation>
    </message>
    <message>
        <source>{line}: {progress}</source>
        <translation>{line}：{progress}</translation>
    </message>
    <message>
        <source>{line}: {progress} ({technician})</source>
        <translation>{line}：{progress}（{technician}）</translation>
    </message>
    <message>
        <source>Promised time changed to {after}</source>
        <translation>承诺时间改为 {after}</translation>
    </message>
    <message>
        <source>Promised time changed to {after}; customer told ({method})</source>
        <translation>承诺时间改为 {after}，已告知客户（{method}）</translation>
    </message>
    <message>
        <source>{asked_by} asked where the car is ({method})</source>
        <translation>{asked_by}询问车辆进度（{method}）</translation>
    </message>
    <message>
        <source>Notice sent ({method}): {notice}</source>
        <translation>已发通知（{method}）：{notice}</translation>
    </message>
    <message>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>{given_by} agreed to added work ({consent_method})</source>
        <translation>{given_by}同意追加项目（{consent_method}）</translation>
    </message>
    <message>
        <source>{given_by} agreed ({consent_method})</source>
        <translation>{given_by}同意（{consent_method}）</translation>
    </message>
    <message>
        <source>Car checked in (version {version}), signed by {signer}</source>
        <translation>接车检查完成（第 {version} 版），{signer}签字</translation>
    </message>
    <message>
        <source>Paid {amount} ({payment_method})</source>
        <translation>收款 {amount}（{payment_method}）</translation>
    </message>
    <message>
        <source>Paid {amount} owed ({payment_method})</source>
        <translation>收回欠款 {amount}（{payment_method}）</translation>
    </message>
    <message>
        <source>Refunded {amount} ({payment_method})</source>
        <translation>退款 {amount}（{payment_method}）</translation>
    </message>
    <message>
        <source>Deposit returned {amount} ({payment_method})</source>
        <translation>退还订金 {amount}（{payment_method}）</translation>
    </message>
    <message>
        <source>Completion check passed</source>
        <translation>竣工检验合格</translation>
    </message>
    <message>
        <source>Completion check failed: back to work</source>
        <translation>竣工检验不合格：返回维修</translation>
    </message>
    <message>
        <source>Settled {amount}, receipt {number}; {owed} on account</source>
        <translation>已结算 {amount}，结算单 {number}；挂账 {owed}</translation>
    </message>
    <message>
        <source>Settled {amount}, receipt {number}</source>
        <translation>已结算 {amount}，结算单 {number}</translation>
    </message>
    <message>
        <source>Settlement reversed</source>
        <translation>结算已冲销</translation>
    </message>
    <message>
        <source>Car handed back, signed by {signer}; {n} difference(s) from the check-in</source>
        <translation>已交车，{signer} 签字；与接车记录相比有 {n} 处不同</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {plate} to another owner</source>
        <translation>将 {plate} 过户给新车主</translation>
    </message>
    <message>
        <source>{plate} belongs to {owner} now. Find the new owner, or register them; the car keeps its file and history.</source>
        <translation>{plate} 目前属于 {owner}。请查找新车主，或登记新车主；车辆的档案和历史记录保持不变。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Register the new owner…</source>
        <translation>登记新车主…</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>过户日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>过户(&amp;T)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {name}</source>
        <translation>解锁 {name}</translation>
    </message>
    <message>
        <source>{name} can log in again at once. Give a new password if they forgot theirs; leave it empty to keep the old one.</source>
        <translation>{name} 将可立即重新登录。如果对方忘记了密码，请设置新密码；留空则保留原密码。</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>确认密码(&amp;G)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user {name}</source>
        <translation>编辑用户 {name}</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>确认密码(&amp;G)</translation>
    </message>
    <message>
        <source>leave empty to keep it</source>
        <translation>留空则不修改</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>Active ({n} wrong passwords)</source>
        <translation>正常（密码错误 {n} 次）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and rights</source>
        <translation>用户和权限</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>This login is not locked.</source>
        <translation>此登录未被锁定。</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>启用(&amp;O)</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>停用(&amp;O)</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Edit car {plate}</source>
        <translation>编辑车辆 {plate}</translation>
    </message>
    <message>
        <source>Add a car</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>车主：{name}</translation>
    </message>
</context>
<context>
    <name>VehicleFileView</name>
    <message>
        <source>&amp;Edit car</source>
        <translation>编辑车辆(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Transfer to another owner…</source>
        <translation>过户给新车主(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;owner&apos;s file</source>
        <translation>打开车主档案(&amp;O)</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <source>Close complaint…</source>
        <translation>投诉结案…</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Owners over time</source>
        <translation>历任车主</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Engine no.</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Last mileage</source>
        <translation>最近里程</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation>（无车牌）</translation>
    </message>
    <message>
        <source>no current owner</source>
        <translation>无现车主</translation>
    </message>
    <message>
        <source>{vin}  (check digit mismatch confirmed as read)</source>
        <translation>{vin}（校验位不符，已确认与车上一致）</translation>
    </message>
    <message>
        <source>Work orders ({n}), newest first</source>
        <translation>工单（{n} 张，最新的在前）</translation>
    </message>
    <message>
        <source>&amp;New work order (Ctrl+O)</source>
        <translation>新建工单(&amp;N) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open order {number} ({status}), since {when}.</source>
        <translation>未完成工单 {number}（{status}），开单时间 {when}。</translation>
    </message>
    <message>
        <source>&amp;Continue order {number} (Ctrl+O)</source>
        <translation>继续处理工单 {number}(&amp;C) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Declined before, not done since: {items}</source>
        <translation>以前客户不做、至今未做的项目：{items}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation>，另有 {n} 项</translation>
    </message>
    <message>
        <source>Owes {amount} on {n} bill(s), the oldest {days} days old.</source>
        <translation>欠款 {amount}，共 {n} 张结算单，最早一笔已 {days} 天。</translation>
    </message>
    <message>
        <source>Last visit {day}, {km}, {total}.</source>
        <translation>上次到店 {day}，{km}，{total}。</translation>
    </message>
    <message>
        <source>⚠ Open complaint since {day}: {text} — {owner} replies by {due} (overdue).</source>
        <translation>⚠ 未结投诉（{day} 起）：{text} —— {owner} 须在 {due} 前答复（已超期）。</translation>
    </message>
    <message>
        <source>⚠ Open complaint since {day}: {text} — {owner} replies by {due}.</source>
        <translation>⚠ 未结投诉（{day} 起）：{text} —— {owner} 须在 {due} 前答复。</translation>
    </message>
</context>
<context>
    <name>VehicleFormWidget</name>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车架号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>品牌(&amp;B)</translation>
    </message>
    <message>
        <source>Mo&amp;del</source>
        <translation>车型(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年款(&amp;Y)</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>颜色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Engine no.</source>
        <translation>发动机号(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fuel</source>
        <translation>燃料(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Mileage (km)</source>
        <translation>里程（公里）(&amp;M)</translation>
    </message>
    <message>
        <source>Ca&amp;r note</source>
        <translation>车辆备注(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. {prefix}12345</source>
        <translation>例如 {prefix}12345</translation>
    </message>
    <message>
        <source>17 characters, on the 行驶证</source>
        <translation>17 位，见行驶证</translation>
    </message>
    <message>
        <source>model year, e.g. 2019</source>
        <translation>年款，例如 2019</translation>
    </message>
    <message>
        <source>VIN confirmed as read on the car</source>
        <translation>已在车上核对车架号</translation>
    </message>
    <message>
        <source>No province character. &lt;a href=&quot;use&quot;&gt;Use {plate}&lt;/a&gt;?</source>
        <translation>缺少省份简称。&lt;a href=&quot;use&quot;&gt;使用 {plate}&lt;/a&gt;？</translation>
    </message>
    <message>
        <source>{n} of 17 characters</source>
        <translation>{n}/17 位</translation>
    </message>
    <message>
        <source>The VIN&apos;s 10th character says model year {vin_year}, not {year}: check the year (it is saved as typed).</source>
        <translation>车架号第 10 位表示车型年份为 {vin_year}，不是 {year}：请核对年份（将按所填保存）。</translation>
    </message>
    <message>
        <source>maker not known</source>
        <translation>厂商未知</translation>
    </message>
    <message>
        <source>model year {year}</source>
        <translation>{year} 年款</translation>
    </message>
    <message>
        <source>model year not readable</source>
        <translation>无法识别年款</translation>
    </message>
    <message>
        <source>{maker} · {year} · check digit OK</source>
        <translation>{maker} · {year} · 校验位正确</translation>
    </message>
    <message>
        <source>{maker} · {year} · the check digit should be {digit}: read the VIN again</source>
        <translation>{maker} · {year} · 校验位应为 {digit}，请重新核对车架号</translation>
    </message>
</context>
<context>
    <name>WaitingRoomWindow</name>
    <message>
        <source>Waiting room</source>
        <translation>休息区大屏</translation>
    </message>
    <message>
        <source>Your car&apos;s progress</source>
        <translation>车辆维修进度</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计完工</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} / {pages} 页</translation>
    </message>
</context>
<context>
    <name>WalkaroundPanel</name>
    <message>
        <source>Walk-around: hollow marks were found at check-in; click the car to mark new damage</source>
        <translation>环车检查：空心圆为接车时记录，点击车身标记新发现的损伤</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Note of the mark</source>
        <translation>损伤说明</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>{n}. {kind} {note} (at check-in)</source>
        <translation>{n}. {kind} {note}（接车时）</translation>
    </message>
    <message>
        <source>{n}. {kind} {note} (new at pickup)</source>
        <translation>{n}. {kind} {note}（交车新增）</translation>
    </message>
</context>
<context>
    <name>WarrantyBanner</name>
    <message>
        <source>{day} or {km} km</source>
        <translation>{day} 或 {km} 公里</translation>
    </message>
    <message>
        <source>In warranty ({kind}, order {number}) until {until}: the same fault again is a free comeback.</source>
        <translation>质保期内（{kind}，工单 {number}）至 {until}：同一故障返修免费。</translation>
    </message>
</context>
<context>
    <name>WhereIsMyCarDialog</name>
    <message>
        <source>Where is my car?</source>
        <translation>车辆进度查询</translation>
    </message>
    <message>
        <source>Plate fragment or phone digits, e.g. 2345</source>
        <translation>车牌或电话的几位数字，例如 2345</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>询问人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What they were told</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <source>Since check-in</source>
        <translation>接车以来</translation>
    </message>
    <message>
        <source>No car of that plate or phone is in the shop now.</source>
        <translation>店里现在没有这个车牌或电话的车。</translation>
    </message>
    <message>
        <source>&amp;Log the inquiry</source>
        <translation>记录本次查询(&amp;L)</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>在看板上显示(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Find the car first.</source>
        <translation>请先查到车辆。</translation>
    </message>
    <message>
        <source>Promised: {time} (late)</source>
        <translation>承诺交车：{time}（已超时）</translation>
    </message>
    <message>
        <source>Promised: {time}</source>
        <translation>承诺交车：{time}</translation>
    </message>
    <message>
        <source>Waiting for: {part} {day}</source>
        <translation>等待配件：{part} {day}</translation>
    </message>
    <message>
        <source>Done: {lines}</source>
        <translation>已完成：{lines}</translation>
    </message>
    <message>
        <source>Still to do: {lines}</source>
        <translation>待完成：{lines}</translation>
    </message>
    <message>
        <source>Waiting for your consent: {lines} ({amount})</source>
        <translation>等您同意：{lines}（{amount}）</translation>
    </message>
    <message>
        <source>{words}; expected by {time}</source>
        <translation>{words}，预计 {time} 完工</translation>
    </message>
    <message>
        <source>Logged on the order.</source>
        <translation>已记录在工单上。</translation>
    </message>
</context>
</TS>
