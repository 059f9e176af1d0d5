<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Ask the fridge to report everything again</source>
        <translation>请冰箱重新上报全部状态</translation>
    </message>
    <message>
        <source>The family let you look only: commands that change the fridge need the owner to allow changes.</source>
        <translation>家庭只允许您查看：会改变冰箱的命令需要所有者允许更改。</translation>
    </message>
</context>
<context>
    <name>AddFridgePage</name>
    <message>
        <source>Add a fridge</source>
        <translation>添加冰箱</translation>
    </message>
    <message>
        <source>A photo of the fridge&apos;s label</source>
        <translation>选择冰箱标签照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The label with the pairing code is inside the fridge door, and on the fridge&apos;s screen until it is paired.</source>
        <translation>配对码标签贴在冰箱门内侧；冰箱完成配对前，门上屏幕也会显示配对码。</translation>
    </message>
    <message>
        <source>Read the label</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <source>Open a photo of the label</source>
        <translation>打开标签照片</translation>
    </message>
    <message>
        <source>Type the code instead</source>
        <translation>改为手动输入</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Larder %1</source>
        <translation>Larder %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kitchen fridge</source>
        <translation>厨房冰箱</translation>
    </message>
    <message>
        <source>Give the fridge a name.</source>
        <translation>请为冰箱取个名字。</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>You are not in a family yet: start one first under Your families.</source>
        <translation>您还没有加入任何家庭，请先在“我的家庭”中创建一个。</translation>
    </message>
    <message>
        <source>Pair this fridge</source>
        <translation>配对冰箱</translation>
    </message>
    <message>
        <source>Use another label</source>
        <translation>换一个标签</translation>
    </message>
    <message>
        <source>Checking the code with Larder</source>
        <translation>正在向 Larder 验证配对码</translation>
    </message>
    <message>
        <source>Waiting for the fridge</source>
        <translation>等待冰箱连接</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>添加完成</translation>
    </message>
</context>
<context>
    <name>AddSheet</name>
    <message>
        <source>What are you putting in?</source>
        <translation>要放入什么？</translation>
    </message>
    <message>
        <source>Name of the item</source>
        <translation>食材名称</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>减少一个</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>增加一个</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Put it on the list</source>
        <translation>加入库存</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Best before %1</source>
        <translation>保质期至%1</translation>
    </message>
    <message>
        <source>Best before:</source>
        <translation>保质期至：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3天</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1周</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2周</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1个月</translation>
    </message>
    <message>
        <source>‹ Name</source>
        <translation>‹ 名称</translation>
    </message>
    <message>
        <source>Back to the name</source>
        <translation>返回修改名称</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>需要买什么？</translation>
    </message>
    <message>
        <source>What to buy</source>
        <translation>要买的东西</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入清单</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>The door is open</source>
        <translation>冰箱门未关</translation>
    </message>
    <message>
        <source>The fridge is too warm</source>
        <translation>冷藏室温度过高</translation>
    </message>
    <message>
        <source>The freezer is too warm</source>
        <translation>冷冻室温度过高</translation>
    </message>
    <message>
        <source>The fridge is not reachable</source>
        <translation>冰箱无法连接</translation>
    </message>
    <message>
        <source>The fridge needs you</source>
        <translation>冰箱需要您处理</translation>
    </message>
    <message>
        <source>The family&apos;s phones have the alert too. Muting silences this door only.</source>
        <translation>家人的手机上也会收到此警报。静音只会关闭这台冰箱的提示音。</translation>
    </message>
    <message>
        <source>%1 · muted until %2</source>
        <translation>%1 · 已静音至%2</translation>
    </message>
    <message>
        <source>Silence 5 minutes — I&apos;m restocking</source>
        <translation>静音 5 分钟——我在补货</translation>
    </message>
</context>
<context>
    <name>AlertLimitsCard</name>
    <message>
        <source>When to alert</source>
        <translation>何时报警</translation>
    </message>
    <message>
        <source>For every fridge of this family.</source>
        <translation>适用于这个家庭的每台冰箱。</translation>
    </message>
    <message>
        <source>Set by the family&apos;s owner, for every fridge of this family.</source>
        <translation>由家庭创建者设定，适用于这个家庭的每台冰箱。</translation>
    </message>
    <message>
        <source>The door open for</source>
        <translation>冰箱门打开超过</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The fridge warmer than</source>
        <translation>冷藏室高于</translation>
    </message>
    <message>
        <source>The freezer warmer than</source>
        <translation>冷冻室高于</translation>
    </message>
    <message>
        <source>…for at least</source>
        <translation>…且持续至少</translation>
    </message>
    <message>
        <source>Lower: %1</source>
        <translation>调低：%1</translation>
    </message>
    <message>
        <source>Raise: %1</source>
        <translation>调高：%1</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <source>The door is closed.</source>
        <translation>冰箱门已关好。</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message numerus="yes">
        <source>The door has been open for %n min.</source>
        <translation>
            <numerusform>冰箱门已开了 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fridge has been offline for %n min.</source>
        <translation>
            <numerusform>冰箱已离线 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The fridge is back online.</source>
        <translation>冰箱已重新上线。</translation>
    </message>
    <message>
        <source>The fridge is back within its limit.</source>
        <translation>冷藏室温度已恢复正常。</translation>
    </message>
    <message>
        <source>The freezer is back within its limit.</source>
        <translation>冷冻室温度已恢复正常。</translation>
    </message>
    <message numerus="yes">
        <source>The fridge has been above %1 for %n min (now %2).</source>
        <translation>
            <numerusform>冷藏室高于 %1 已 %n 分钟（现在 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The freezer has been above %1 for %n min (now %2).</source>
        <translation>
            <numerusform>冷冻室高于 %1 已 %n 分钟（现在 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The fridge is above %1 (now %2).</source>
        <translation>冷藏室高于 %1（现在 %2）。</translation>
    </message>
    <message>
        <source>The freezer is above %1 (now %2).</source>
        <translation>冷冻室高于 %1（现在 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to use by tomorrow.</source>
        <translation>
            <numerusform>有 %n 样食物需要在明天前吃完。</numerusform>
        </translation>
    </message>
    <message>
        <source>A temperature sensor reads out of its range; the temperatures shown may be wrong.</source>
        <translation>有一个温度传感器读数超出量程，显示的温度可能不准确。</translation>
    </message>
    <message>
        <source>The temperature sensors read normally again.</source>
        <translation>温度传感器读数已恢复正常。</translation>
    </message>
    <message>
        <source>The compressor runs but does not cool; call service.</source>
        <translation>压缩机在运转但不制冷，请联系售后服务。</translation>
    </message>
    <message>
        <source>The compressor cools again.</source>
        <translation>压缩机已恢复制冷。</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts · %1 new</source>
        <translation>警报 · %1条未读</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Now · serious</source>
        <translation>持续中 · 严重</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>持续中</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1的历史记录</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Count this alert again</source>
        <translation>重新计入此警报</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Acknowledge this alert for the family</source>
        <translation>为全家确认此警报</translation>
    </message>
    <message>
        <source>No alerts. Larder tells you here, and on the fridge&apos;s door, when a door is left open, a compartment warms up or a fridge goes silent.</source>
        <translation>暂无警报。冰箱门没关好、某个温区温度升高或冰箱失去联系时，Larder 会在这里和冰箱门上屏幕提醒您。</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Dismiss for everyone</source>
        <translation>为全家忽略</translation>
    </message>
    <message>
        <source>Dismiss this alert for the whole family</source>
        <translation>为全家忽略这条警报</translation>
    </message>
    <message>
        <source>Now · fault</source>
        <translation>持续中 · 故障</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>Your fridge, at home and away</source>
        <translation>在家或在外，冰箱尽在掌握</translation>
    </message>
</context>
<context>
    <name>BoardGlance</name>
    <message>
        <source>Family board</source>
        <translation>家庭留言板</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1条新留言</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No messages yet. Touch to record one.</source>
        <translation>还没有留言。点这里录一条。</translation>
    </message>
    <message>
        <source>Open the board · %1 new</source>
        <translation>打开留言板 · %1条新留言</translation>
    </message>
    <message>
        <source>Open the board</source>
        <translation>打开留言板</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Board · %1</source>
        <translation>留言板 · %1</translation>
    </message>
    <message>
        <source>Family board</source>
        <translation>家庭留言板</translation>
    </message>
    <message>
        <source>Choose a photo for the recipe card</source>
        <translation>为菜谱卡片选择照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Title or caption</source>
        <translation>标题或说明</translation>
    </message>
    <message>
        <source>Recipe text</source>
        <translation>菜谱内容</translation>
    </message>
    <message>
        <source>Photo on the card: %1</source>
        <translation>卡片照片：%1</translation>
    </message>
    <message>
        <source>A recipe card may carry a photo.</source>
        <translation>菜谱卡片可以附一张照片。</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Remove the recipe card&apos;s photo</source>
        <translation>移除菜谱卡片的照片</translation>
    </message>
    <message>
        <source>Add a photo to the recipe card</source>
        <translation>为菜谱卡片添加照片</translation>
    </message>
    <message>
        <source>Post recipe card</source>
        <translation>发布菜谱</translation>
    </message>
    <message>
        <source>Post a photo…</source>
        <translation>发布照片…</translation>
    </message>
    <message>
        <source>Post a photo</source>
        <translation>发布照片</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>用相机拍照</translation>
    </message>
    <message>
        <source>Nothing on the board yet. Post a recipe card or a photo for the family.</source>
        <translation>留言板上还没有内容。给家人发一张菜谱卡片或照片吧。</translation>
    </message>
    <message>
        <source>Ingredients, steps</source>
        <translation>食材与做法</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>Family board</source>
        <translation>家庭留言板</translation>
    </message>
    <message>
        <source>all seen</source>
        <translation>全部已读</translation>
    </message>
    <message>
        <source>1 new</source>
        <translation>1条新留言</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1条新留言</translation>
    </message>
    <message>
        <source>Nothing on the board yet. Record a message for the family.</source>
        <translation>留言板上还没有内容。给家人录一段语音留言吧。</translation>
    </message>
</context>
<context>
    <name>BoardPostCard</name>
    <message>
        <source>Recipe card: %1</source>
        <translation>菜谱卡片：%1</translation>
    </message>
    <message>
        <source>Photo from %1</source>
        <translation>%1发布的照片</translation>
    </message>
    <message>
        <source>Voice message from %1</source>
        <translation>%1的语音留言</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this post</source>
        <translation>删除这条留言</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Voice message · %1:%2</source>
        <translation>语音留言 · %1:%2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Stop the voice message</source>
        <translation>停止播放语音留言</translation>
    </message>
    <message>
        <source>Play the voice message</source>
        <translation>播放语音留言</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>已读：%1</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Hold the label&apos;s QR code in the frame.</source>
        <translation>请将标签上的二维码放入取景框内。</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>关闭相机</translation>
    </message>
    <message>
        <source>Scan the label with the camera</source>
        <translation>用相机扫描标签</translation>
    </message>
    <message>
        <source>No camera found on this device: open a photo of the label or type its code.</source>
        <translation>此设备没有摄像头，请打开标签照片或手动输入配对码。</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Case · %1</source>
        <translation>工单 · %1</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>A family lets you look at one fridge from its owner&apos;s app. Ask the owner for the case code shown there.</source>
        <translation>家庭所有者可在其应用中允许您查看一台冰箱。请向所有者索取应用中显示的工单码。</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>工单码</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Consent until</source>
        <translation>授权至</translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation>允许更改</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No, look only</source>
        <translation>否，仅查看</translation>
    </message>
    <message>
        <source>Door tablet</source>
        <translation>门上平板</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>已配对</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Shadow · version %1</source>
        <translation>影子 · 版本 %1</translation>
    </message>
    <message>
        <source>Live changes</source>
        <translation>实时变化</translation>
    </message>
    <message>
        <source>Waiting for the fridge to report…</source>
        <translation>正在等待冰箱上报…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Events and commands</source>
        <translation>事件和命令</translation>
    </message>
    <message>
        <source>The shadow&apos;s state</source>
        <translation>影子的状态</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>The shadow&apos;s metadata</source>
        <translation>影子的元数据</translation>
    </message>
    <message>
        <source>%1, since %2, expires %3</source>
        <translation>%1，自 %2 起，%3 到期</translation>
    </message>
    <message>
        <source>Connections and shadow versions</source>
        <translation>连接记录与影子版本</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Went offline</source>
        <translation>已离线</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChoiceChips</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>The cloud profile %1 cannot be read (%2). Start larder-cloud or pass --profile.</source>
        <translation>无法读取云端配置文件 %1（%2）。请启动 larder-cloud，或使用 --profile 参数指定配置文件。</translation>
    </message>
    <message>
        <source>The cloud profile %1 is too large to be a profile.</source>
        <translation>云端配置文件 %1 过大，不是有效的配置文件。</translation>
    </message>
    <message>
        <source>The cloud profile %1 is not valid JSON: %2</source>
        <translation>云端配置文件 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The cloud profile %1 has no usable mqttEndpoint/mqttPort.</source>
        <translation>云端配置文件 %1 中没有可用的 mqttEndpoint/mqttPort。</translation>
    </message>
    <message>
        <source>The cloud profile %1 lacks %2.</source>
        <translation>云端配置文件 %1 缺少 %2。</translation>
    </message>
</context>
<context>
    <name>CloudSentences</name>
    <message>
        <source>That is no longer there. It may have been removed, or you are no longer in its family.</source>
        <translation>这项内容已不存在。它可能已被删除，或者你已不在这个家庭中。</translation>
    </message>
    <message>
        <source>Only the family&apos;s owner can do that.</source>
        <translation>只有家庭的所有者可以这样做。</translation>
    </message>
    <message>
        <source>Someone changed this at the same time. Look again and try once more.</source>
        <translation>有人同时修改了这项内容。请重新查看后再试一次。</translation>
    </message>
    <message>
        <source>Someone removed this item before your change arrived.</source>
        <translation>在你的修改送达之前，有人已移除了这一项。</translation>
    </message>
    <message>
        <source>The list is full. Remove something first.</source>
        <translation>清单已满。请先移除一些内容。</translation>
    </message>
    <message>
        <source>This fridge already belongs to a family. Its owner must remove it there first.</source>
        <translation>这台冰箱已属于另一个家庭。需要那个家庭的所有者先将它移除。</translation>
    </message>
    <message>
        <source>That pairing code does not match this fridge. Check the label and try again.</source>
        <translation>配对码与这台冰箱不符。请核对标签后再试。</translation>
    </message>
    <message>
        <source>That label is for another model of fridge.</source>
        <translation>这张标签属于另一种型号的冰箱。</translation>
    </message>
    <message>
        <source>Larder does not know this fridge. Check the label.</source>
        <translation>Larder 不认识这台冰箱。请核对标签。</translation>
    </message>
    <message>
        <source>This fridge cannot do that.</source>
        <translation>这台冰箱无法执行此操作。</translation>
    </message>
    <message>
        <source>Too many at once. Wait a moment, then try again.</source>
        <translation>操作太频繁。请稍等片刻再试。</translation>
    </message>
    <message>
        <source>This fridge has enough commands waiting. Wait for them to finish.</source>
        <translation>这台冰箱已有足够多的指令在等待。请等它们完成。</translation>
    </message>
    <message>
        <source>Too many uploads at once. Wait for some to finish, then try again.</source>
        <translation>同时上传的内容太多。请等一些完成后再试。</translation>
    </message>
    <message>
        <source>Your family&apos;s storage is full. Delete some photos or messages first.</source>
        <translation>家庭存储空间已满。请先删除一些照片或留言。</translation>
    </message>
    <message>
        <source>The upload did not finish. Try again.</source>
        <translation>上传未完成。请重试。</translation>
    </message>
    <message>
        <source>That is too large to send.</source>
        <translation>内容太大，无法发送。</translation>
    </message>
    <message>
        <source>Larder could not accept this. Check what you entered.</source>
        <translation>Larder 无法接受此内容。请检查输入的内容。</translation>
    </message>
</context>
<context>
    <name>CommandTile</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>发送“%1”指令</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Defrost cycle</source>
        <translation>除霜</translation>
    </message>
    <message>
        <source>Reset the water filter</source>
        <translation>重置滤芯</translation>
    </message>
    <message>
        <source>Waiting for the fridge</source>
        <translation>等待冰箱响应</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>The fridge refused it</source>
        <translation>冰箱拒绝执行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>执行失败</translation>
    </message>
    <message>
        <source>Super freeze for 1 hour</source>
        <translation>速冻 1 小时</translation>
    </message>
    <message>
        <source>Super freeze for %1 hours</source>
        <translation>速冻 %1 小时</translation>
    </message>
    <message>
        <source>Silence the alarm for %1 minutes</source>
        <translation>报警静音 %1 分钟</translation>
    </message>
    <message>
        <source>Diagnostic report for support</source>
        <translation>为客服生成诊断报告</translation>
    </message>
    <message>
        <source>Super freeze</source>
        <translation>速冻</translation>
    </message>
    <message>
        <source>Silence the alarm</source>
        <translation>关闭警报声</translation>
    </message>
    <message>
        <source>Report everything again (for support)</source>
        <translation>重新上报全部状态（客服请求）</translation>
    </message>
</context>
<context>
    <name>CommandsPage</name>
    <message>
        <source>Commands · %1</source>
        <translation>指令 · %1</translation>
    </message>
    <message>
        <source>The freezer at full power, then back to normal. For fresh shopping or a big batch.</source>
        <translation>冷冻室全力制冷，结束后恢复正常。适合刚买回的食材或大批量冷冻。</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Defrost cycle</source>
        <translation>除霜</translation>
    </message>
    <message>
        <source>Melts the frost in the freezer in about 20 minutes. Keep the door closed.</source>
        <translation>约20分钟化去冷冻室内的霜，期间请保持冰箱门关闭。</translation>
    </message>
    <message>
        <source>New water filter</source>
        <translation>更换滤芯</translation>
    </message>
    <message>
        <source>Starts the filter&apos;s counter again after you changed it.</source>
        <translation>更换滤芯后，重新开始计算滤芯使用时长。</translation>
    </message>
    <message>
        <source>Its beeper stays quiet while you clean or restock.</source>
        <translation>清洁或整理冰箱时，让提示音暂时不响。</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>已完成%1%</translation>
    </message>
    <message>
        <source>Super freeze for a few hours</source>
        <translation>速冻几个小时</translation>
    </message>
    <message>
        <source>Silence the fridge&apos;s alarm</source>
        <translation>让冰箱报警静音</translation>
    </message>
</context>
<context>
    <name>CompartmentCard</name>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Last known</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>%1 temperature</source>
        <translation>%1温度</translation>
    </message>
    <message numerus="yes">
        <source>%1 — above %2 for %n h</source>
        <translation>
            <numerusform>%1 — 已高于%2达%n小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — above %2 for %n min</source>
        <translation>
            <numerusform>%1 — 已高于%2达%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 temperature %2, too warm</source>
        <translation>%1当前温度%2，温度过高</translation>
    </message>
    <message>
        <source>%1 temperature %2</source>
        <translation>%1当前温度%2</translation>
    </message>
    <message>
        <source>%1 — above %2</source>
        <translation>%1 — 已高于%2</translation>
    </message>
    <message>
        <source>%1 over the last 24 hours</source>
        <translation>%1最近 24 小时</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>查收邮件</translation>
    </message>
    <message>
        <source>Enter the code we sent to %1.</source>
        <translation>请输入我们发送至%1的验证码。</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>重新发送验证码</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DiagnosticsShell</name>
    <message>
        <source>Larder support</source>
        <translation>Larder 客服</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>设备群</translation>
    </message>
    <message>
        <source>Case · %1</source>
        <translation>工单 · %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <source>Language and display</source>
        <translation>语言与显示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>温度单位</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>°F</source>
        <translation>°F</translation>
    </message>
</context>
<context>
    <name>DoorCameraPanel</name>
    <message>
        <source>When the door last closed</source>
        <translation>上次关门时</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Photos come when the door closes</source>
        <translation>关门时会拍下照片</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DoorClock</name>
    <message>
        <source>The time is %1</source>
        <translation>现在是%1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>DoorDashboard</name>
    <message>
        <source>Fridge</source>
        <translation>冷藏室</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>冷冻室</translation>
    </message>
    <message>
        <source>Door: –</source>
        <translation>冰箱门：–</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>冰箱门已打开</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>冰箱门已关闭</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>What&apos;s inside</source>
        <translation>冰箱库存</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1件</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>Put something in</source>
        <translation>放入食材</translation>
    </message>
    <message>
        <source>with its best-before</source>
        <translation>记下保质期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>看看冰箱里</translation>
    </message>
    <message>
        <source>cameras, live</source>
        <translation>摄像头实时画面</translation>
    </message>
</context>
<context>
    <name>DoorDiagnosticsView</name>
    <message>
        <source>Local diagnostics</source>
        <translation>本机诊断</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Back to the door</source>
        <translation>返回门上主屏</translation>
    </message>
    <message>
        <source>Send a report to support</source>
        <translation>向客服发送报告</translation>
    </message>
    <message>
        <source>The door sends what it knows of itself and the fridge — never the family&apos;s lists, photos or messages — and opens a support case for a day. Read the case code to the agent.</source>
        <translation>门上平板会发送它自身和冰箱的技术信息（绝不包含家庭的清单、照片或留言），并开启一个为期一天的客服工单。请把工单码告诉客服人员。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent. Case code: %1</source>
        <translation>已发送。工单码：%1</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>自检</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Run the self-test again</source>
        <translation>重新自检</translation>
    </message>
    <message>
        <source>This door</source>
        <translation>本机信息</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>消息服务器</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 毫秒</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>%1 · until %2</source>
        <translation>%1 · 有效期至 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Shadow version</source>
        <translation>设备影子版本</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Fridge firmware</source>
        <translation>冰箱固件</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Last messages</source>
        <translation>最近收到的消息</translation>
    </message>
    <message>
        <source>None heard since the door started.</source>
        <translation>自启动以来尚未收到消息。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>空。</translation>
    </message>
    <message>
        <source>The log&apos;s last lines</source>
        <translation>日志的最后几行</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>退出展台模式</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>发送报告</translation>
    </message>
    <message>
        <source>Sent. This fridge has a support case open already: the report is with it.</source>
        <translation>已发送。这台冰箱已有一个进行中的客服工单，报告已附在其中。</translation>
    </message>
</context>
<context>
    <name>EventHistoryPage</name>
    <message>
        <source>History · %1</source>
        <translation>历史记录 · %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source> · suppressed</source>
        <translation> · 已屏蔽</translation>
    </message>
    <message>
        <source> · acknowledged</source>
        <translation> · 已确认</translation>
    </message>
    <message>
        <source>Nothing has happened to this fridge yet.</source>
        <translation>这台冰箱还没有任何记录。</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Your families</source>
        <translation>我的家庭</translation>
    </message>
    <message>
        <source>You are not in a family yet.</source>
        <translation>您还没有加入任何家庭。</translation>
    </message>
    <message>
        <source>Open family %1</source>
        <translation>进入家庭“%1”</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1位成员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1位成员</translation>
    </message>
    <message>
        <source>no fridge</source>
        <translation>暂无冰箱</translation>
    </message>
    <message>
        <source>1 fridge</source>
        <translation>1台冰箱</translation>
    </message>
    <message>
        <source>%1 fridges</source>
        <translation>%1台冰箱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Join a family with a code</source>
        <translation>用邀请码加入家庭</translation>
    </message>
    <message>
        <source>Start a new family</source>
        <translation>创建新家庭</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>家庭名称</translation>
    </message>
    <message>
        <source>Holiday house</source>
        <translation>老家</translation>
    </message>
    <message>
        <source>Give the family a name.</source>
        <translation>请为家庭取个名字。</translation>
    </message>
    <message>
        <source>Create family</source>
        <translation>创建家庭</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Fridges</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>No fridge in this family yet.</source>
        <translation>这个家庭还没有冰箱。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>要移除“%1”吗？</translation>
    </message>
    <message>
        <source>Nobody in the family can see or control it any more, and its door tablet goes back to its pairing screen. You can pair it again with the code on its label.</source>
        <translation>移除后，家庭中的所有人都将无法查看或控制这台冰箱，冰箱门上屏幕也会回到配对界面。之后可以用标签上的配对码重新配对。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>Add a fridge</source>
        <translation>添加冰箱</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（我）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>门上屏幕</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>转让家庭</translation>
    </message>
    <message>
        <source>Make %1 the owner</source>
        <translation>将家庭转让给%1</translation>
    </message>
    <message>
        <source>Hand the family over?</source>
        <translation>要转让家庭吗？</translation>
    </message>
    <message>
        <source>%1 becomes the owner of %2. You stay a member.</source>
        <translation>%1将成为“%2”的家庭创建者，您将保留成员身份。</translation>
    </message>
    <message>
        <source>The tablet on the fridge door goes back to its pairing screen.</source>
        <translation>冰箱门上屏幕将回到配对界面。</translation>
    </message>
    <message>
        <source>They can no longer see or control this family&apos;s fridges.</source>
        <translation>对方将无法再查看或控制这个家庭的冰箱。</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>生成新邀请码</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>邀请成员</translation>
    </message>
    <message>
        <source>To invite someone, ask the family&apos;s owner.</source>
        <translation>如需邀请成员，请联系家庭创建者。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>家庭名称</translation>
    </message>
    <message>
        <source>Give the family a name.</source>
        <translation>请为家庭取个名字。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Leave this family</source>
        <translation>退出此家庭</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>要退出“%1”吗？</translation>
    </message>
    <message>
        <source>As the owner, hand the family over to another member first (or remove its fridges if you are the only one).</source>
        <translation>您是家庭创建者，请先将家庭转让给其他成员（如果家庭中只有您一人，请先移除其中的冰箱）。</translation>
    </message>
    <message>
        <source>You will no longer see or control its fridges. You can join again with a new invitation.</source>
        <translation>退出后，您将无法再查看或控制该家庭的冰箱。之后可凭新的邀请码重新加入。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>FleetPanel</name>
    <message>
        <source>Search the fleet</source>
        <translation>搜索设备群</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Fields: thingName, thingTypeName, connectivity.connected, shadow.reported.…, alerts.open. * finds every fridge.</source>
        <translation>字段：thingName、thingTypeName、connectivity.connected、shadow.reported.…、alerts.open。* 查找所有冰箱。</translation>
    </message>
    <message>
        <source>%1 found · %2 online · %3 with open alerts</source>
        <translation>找到 %1 台 · %2 台在线 · %3 台有未处理警报</translation>
    </message>
    <message>
        <source>firmware %1</source>
        <translation>固件 %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>1 open alert</source>
        <translation>1 个未处理警报</translation>
    </message>
    <message>
        <source>%1 open alerts</source>
        <translation>%1 个未处理警报</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>normal mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <source>eco mode</source>
        <translation>节能模式</translation>
    </message>
    <message>
        <source>vacation mode</source>
        <translation>度假模式</translation>
    </message>
    <message>
        <source>super cool</source>
        <translation>速冷</translation>
    </message>
    <message>
        <source>super freeze</source>
        <translation>速冻</translation>
    </message>
    <message>
        <source>Thing groups</source>
        <translation>设备分组</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>We will e-mail you a code to choose a new one.</source>
        <translation>我们会向您的邮箱发送验证码，用于设置新密码。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>发送验证码</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1 °F</source>
        <translation>%1 °F</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>FridgeHeader</name>
    <message>
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Fridge offline</source>
        <translation>冰箱离线</translation>
    </message>
    <message>
        <source>Waiting for the fridge&apos;s first report</source>
        <translation>等待冰箱首次上报数据</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>刚刚更新</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>%1秒前更新</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>%1分钟前更新</translation>
    </message>
    <message>
        <source>Last report %1</source>
        <translation>最近上报：%1</translation>
    </message>
</context>
<context>
    <name>FridgeScreen</name>
    <message>
        <source>Fridge</source>
        <translation>冷藏室</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>冷冻室</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Ice maker</source>
        <translation>制冰机</translation>
    </message>
    <message>
        <source>Making ice</source>
        <translation>正在制冰</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>冰箱门</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>%1 · firmware %2</source>
        <translation>%1 · 固件版本%2</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Open for %1 s</source>
        <translation>已打开%1秒</translation>
    </message>
    <message>
        <source>Open for %1 min</source>
        <translation>已打开%1分钟</translation>
    </message>
</context>
<context>
    <name>FridgeSpec</name>
    <message>
        <source>%1 must be between %2 °C and %3 °C.</source>
        <translation>%1须在%2 °C至%3 °C之间。</translation>
    </message>
    <message>
        <source>%1 goes in steps of %2 °C.</source>
        <translation>%1每次只能调节%2 °C。</translation>
    </message>
    <message>
        <source>The fridge temperature must be a number.</source>
        <translation>冷藏室温度必须是数字。</translation>
    </message>
    <message>
        <source>The fridge temperature</source>
        <translation>冷藏室温度</translation>
    </message>
    <message>
        <source>The freezer temperature must be a number.</source>
        <translation>冷冻室温度必须是数字。</translation>
    </message>
    <message>
        <source>The freezer temperature</source>
        <translation>冷冻室温度</translation>
    </message>
    <message>
        <source>Unknown mode.</source>
        <translation>未知模式。</translation>
    </message>
    <message>
        <source>The ice maker is either on or off.</source>
        <translation>制冰机只能设为开启或关闭。</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1不可更改。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>%1 · family</source>
        <translation>%1 · 家庭</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>家庭：%1</translation>
    </message>
    <message>
        <source>Account and settings</source>
        <translation>账户与设置</translation>
    </message>
    <message>
        <source>%1 · %2 · 1 alert</source>
        <translation>%1 · %2 · 1条警报</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 alerts</source>
        <translation>%1 · %2 · %3条警报</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>切换到%1</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Alerts and events of this fridge</source>
        <translation>这台冰箱的警报和事件记录</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n条执行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Super freeze, defrost, silence the alarm</source>
        <translation>速冻、除霜、报警静音</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>客服访问</translation>
    </message>
    <message>
        <source>Support may look until %1</source>
        <translation>支持人员可查看至 %1</translation>
    </message>
    <message>
        <source>Let Larder support look while they help you</source>
        <translation>在 Larder 客服帮助您时允许其查看</translation>
    </message>
    <message>
        <source>Show camera</source>
        <translation>查看摄像头</translation>
    </message>
    <message>
        <source>See the shelves live, wherever you are</source>
        <translation>随时随地实时查看搁架</translation>
    </message>
</context>
<context>
    <name>Ingredient</name>
    <message>
        <source>This item was taken out of the fridge; add it as a new item.</source>
        <translation>这件食材已被取出冰箱，请重新添加。</translation>
    </message>
    <message>
        <source>There is no such item on this list.</source>
        <translation>清单中没有这件物品。</translation>
    </message>
    <message>
        <source>%1 was bought by %2 before this change arrived.</source>
        <translation>您的更改同步前，%2已将“%1”买好了。</translation>
    </message>
    <message>
        <source>%1 was used up by %2 before this change arrived.</source>
        <translation>您的更改同步前，%2已将“%1”标记为用完。</translation>
    </message>
    <message>
        <source>%1 was taken out by %2 before this change arrived.</source>
        <translation>您的更改同步前，%2已将“%1”取出。</translation>
    </message>
</context>
<context>
    <name>IngredientList</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>用完了</translation>
    </message>
    <message>
        <source>Not saved to Larder yet</source>
        <translation>尚未保存到 Larder</translation>
    </message>
    <message>
        <source>Best before %1 — use it soon</source>
        <translation>保质期至%1 — 请尽快食用</translation>
    </message>
    <message>
        <source>Best before %1</source>
        <translation>保质期至%1</translation>
    </message>
    <message>
        <source>Take one %1</source>
        <translation>取出一份%1</translation>
    </message>
    <message>
        <source>%1 is used up</source>
        <translation>标记%1已用完</translation>
    </message>
    <message>
        <source>Nothing called “%1” in the fridge.</source>
        <translation>冰箱里没有“%1”。</translation>
    </message>
    <message>
        <source>The list is empty. Add what you put in, or close the door and let the cameras see.</source>
        <translation>清单是空的。请添加您放进冰箱的食材，或关上冰箱门，让摄像头自动识别。</translation>
    </message>
    <message>
        <source>seen by the camera</source>
        <translation>摄像头识别</translation>
    </message>
    <message>
        <source>added on the door</source>
        <translation>门上屏幕添加</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>%1添加</translation>
    </message>
    <message>
        <source>%1 · %2 · %3%4</source>
        <translation>%1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>由我添加</translation>
    </message>
</context>
<context>
    <name>IngredientSheet</name>
    <message>
        <source>Change %1</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>Put something in</source>
        <translation>放入食材</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Yoghurt</source>
        <translation>酸奶</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>请填写食材名称。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Best before %1</source>
        <translation>保质期至%1</translation>
    </message>
    <message>
        <source>No best-before date</source>
        <translation>未设置保质期</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3天</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1周</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2周</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1个月</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>提前一天</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>推后一天</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Opened on Sunday</source>
        <translation>周日已开封</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>移出库存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入库存</translation>
    </message>
</context>
<context>
    <name>IngredientsPage</name>
    <message>
        <source>Inside %1</source>
        <translation>%1里有什么</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>按位置</translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation>按分类分组</translation>
    </message>
    <message>
        <source>Group by fridge, freezer and door</source>
        <translation>按冷藏室、冷冻室和门架分组</translation>
    </message>
    <message>
        <source>%1 is on the shopping list.</source>
        <translation>已将“%1”加入购物清单。</translation>
    </message>
    <message>
        <source>%1 Your change waits on this phone and goes out when Larder can be reached.</source>
        <translation>%1您的更改已暂存在本机，连接到 Larder 后会自动同步。</translation>
    </message>
    <message>
        <source>%1 Your %2 changes wait on this phone and go out when Larder can be reached.</source>
        <translation>%1您的%2项更改已暂存在本机，连接到 Larder 后会自动同步。</translation>
    </message>
    <message>
        <source>%1 is used up.</source>
        <translation>“%1”已用完。</translation>
    </message>
    <message>
        <source>Add to shopping list</source>
        <translation>加入购物清单</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>添加食材</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search the %1 items inside</source>
        <translation>在冰箱的%1件食材中搜索</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Inside</source>
        <translation>冰箱里有什么</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1件</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>Changes not saved to Larder yet</source>
        <translation>有更改尚未保存到 Larder</translation>
    </message>
    <message>
        <source>%1 Changes made here wait on the door and go out when the fridge is back online.</source>
        <translation>%1在这里所做的更改会暂存在门上屏幕，冰箱恢复在线后自动同步。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not saved to Larder yet</source>
        <translation>尚未保存到 Larder</translation>
    </message>
    <message>
        <source>%1 · %2 · use it soon</source>
        <translation>%1 · %2 · 尽快食用</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Take one %1</source>
        <translation>取出一份%1</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>用完了</translation>
    </message>
    <message>
        <source>%1 is used up</source>
        <translation>标记%1已用完</translation>
    </message>
    <message>
        <source>Nothing here yet. Touch what you put in below, or close the door and let the cameras see.</source>
        <translation>这里还没有食材。在下方点选您放入的食材，或关上冰箱门，让摄像头自动识别。</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>放入</translation>
    </message>
    <message>
        <source>Put in %1, %2</source>
        <translation>放入%1，%2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>type a name</source>
        <translation>输入名称</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>On their phone, they sign in to Larder, choose “Join a family” and type this code (or scan it).</source>
        <translation>请对方在手机上登录 Larder，选择“加入家庭”，然后输入此邀请码（或扫描二维码）。</translation>
    </message>
    <message>
        <source>Invitation code %1</source>
        <translation>邀请码：%1</translation>
    </message>
    <message>
        <source>Works once, until %1.</source>
        <translation>仅可使用一次，有效期至%1。</translation>
    </message>
</context>
<context>
    <name>JoinFamilyPage</name>
    <message>
        <source>Join a family</source>
        <translation>加入家庭</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>The code has 8 letters and digits.</source>
        <translation>邀请码由8位字母和数字组成。</translation>
    </message>
    <message>
        <source>Hold the invitation&apos;s QR code in the frame.</source>
        <translation>请将邀请二维码放入取景框内。</translation>
    </message>
    <message>
        <source>Scan the invitation&apos;s QR code</source>
        <translation>扫描邀请二维码</translation>
    </message>
    <message>
        <source>No camera found on this device: type the code instead.</source>
        <translation>此设备没有摄像头：请直接输入邀请码。</translation>
    </message>
    <message>
        <source>That QR code is not a Larder invitation. Keep looking, or type the code.</source>
        <translation>这不是 Larder 的邀请二维码。请继续扫描，或直接输入邀请码。</translation>
    </message>
    <message>
        <source>Ask the family’s owner to open the family in Larder and tap “Invite someone” (or “New invitation”). Scan the QR code they show you, or type the 8-character code under it.</source>
        <translation>请家庭创建者在 Larder 中打开这个家庭，点“邀请成员”（或“生成新邀请码”）。扫描对方出示的二维码，或输入二维码下方的8位邀请码。</translation>
    </message>
</context>
<context>
    <name>KioskTile</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>LiveCameraPage</name>
    <message>
        <source>Camera · %1</source>
        <translation>摄像头 · %1</translation>
    </message>
</context>
<context>
    <name>LiveCameraView</name>
    <message>
        <source>Live picture: %1</source>
        <translation>实时画面：%1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>The camera is live, but this screen cannot draw video without graphics acceleration.</source>
        <translation>摄像头正在直播，但此屏幕没有图形加速，无法显示视频。</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>摄像头已关闭。</translation>
    </message>
    <message>
        <source>Show camera</source>
        <translation>查看摄像头</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Picture from %1 · %2 ms behind</source>
        <translation>画面拍摄于 %1 · 延迟 %2 毫秒</translation>
    </message>
    <message>
        <source>Nothing is recorded: the picture is only sent while you watch.</source>
        <translation>不会录像：只有在您观看时才会传送画面。</translation>
    </message>
    <message>
        <source>Picture from %1</source>
        <translation>画面拍摄于 %1</translation>
    </message>
</context>
<context>
    <name>LookInsideStrip</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1分钟前</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1分钟前</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>看看冰箱里</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Photos come when the door closes</source>
        <translation>关上冰箱门后即可查看照片</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>%1拍摄</translation>
    </message>
    <message>
        <source>%1, photographed %2</source>
        <translation>%1，%2拍摄</translation>
    </message>
    <message>
        <source>%1, enlarged</source>
        <translation>%1（放大）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Larder kiosk</source>
        <translation>Larder 门上屏幕</translation>
    </message>
    <message>
        <source>Larder — %1</source>
        <translation>Larder — %1</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Back to the door</source>
        <translation>返回主屏幕</translation>
    </message>
</context>
<context>
    <name>ModeTile</name>
    <message>
        <source>%1 mode: %2</source>
        <translation>%1模式：%2</translation>
    </message>
</context>
<context>
    <name>MqttErrors</name>
    <message>
        <source>nothing is listening there (connection refused).</source>
        <translation>该地址没有服务在监听（连接被拒绝）。</translation>
    </message>
    <message>
        <source>the secure connection could not be established.</source>
        <translation>无法建立安全连接。</translation>
    </message>
    <message>
        <source>the secure connection failed (%1).</source>
        <translation>安全连接失败（%1）。</translation>
    </message>
    <message>
        <source>the connection was lost.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>the broker stopped answering.</source>
        <translation>服务器已停止响应。</translation>
    </message>
    <message>
        <source>the host name could not be resolved.</source>
        <translation>无法解析主机名。</translation>
    </message>
    <message>
        <source>the broker refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>this TLS option is not supported here.</source>
        <translation>此处不支持该 TLS 选项。</translation>
    </message>
    <message>
        <source>wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>not authorised.</source>
        <translation>未获授权。</translation>
    </message>
    <message>
        <source>the client identifier was rejected.</source>
        <translation>客户端标识符被拒绝。</translation>
    </message>
    <message>
        <source>the service is unavailable.</source>
        <translation>服务不可用。</translation>
    </message>
    <message>
        <source>this client is banned.</source>
        <translation>此客户端已被封禁。</translation>
    </message>
</context>
<context>
    <name>NameField</name>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>What your family sees on lists and the board.</source>
        <translation>家人在清单和留言板上看到的名字。</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>保存名字</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>%1, %2 new</source>
        <translation>%1，%2条未读</translation>
    </message>
</context>
<context>
    <name>NoFridgeView</name>
    <message>
        <source>Your fridges could not be loaded</source>
        <translation>无法加载您的冰箱</translation>
    </message>
    <message>
        <source>Loading your fridges…</source>
        <translation>正在加载您的冰箱…</translation>
    </message>
    <message>
        <source>No fridge yet</source>
        <translation>还没有冰箱</translation>
    </message>
    <message>
        <source>Fridges belong to a family. Ask someone in yours for an invitation code and join, or start a family of your own.</source>
        <translation>冰箱归属于家庭。请向家人索取邀请码加入家庭，或创建您自己的家庭。</translation>
    </message>
    <message>
        <source>None of your families has a fridge yet. Someone in a family with a fridge can invite you.</source>
        <translation>您的家庭中还没有冰箱。已添加冰箱的家庭成员可以邀请您加入。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Join a family with a code</source>
        <translation>用邀请码加入家庭</translation>
    </message>
    <message>
        <source>Add a new fridge</source>
        <translation>添加新冰箱</translation>
    </message>
    <message>
        <source>Your families</source>
        <translation>我的家庭</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>PairingPayload</name>
    <message>
        <source>The label file %1 cannot be read.</source>
        <translation>无法读取标签文件 %1。</translation>
    </message>
    <message>
        <source>The label file %1 has no QR line.</source>
        <translation>标签文件 %1 中没有二维码内容行。</translation>
    </message>
    <message>
        <source>The label is incomplete: it has no serial number.</source>
        <translation>标签信息不完整：缺少序列号。</translation>
    </message>
    <message>
        <source>The serial number on this label is not valid.</source>
        <translation>此标签上的序列号无效。</translation>
    </message>
    <message>
        <source>The label is incomplete: it has no model.</source>
        <translation>标签信息不完整：缺少型号。</translation>
    </message>
    <message>
        <source>The model on this label is not valid.</source>
        <translation>此标签上的型号无效。</translation>
    </message>
    <message>
        <source>The label is incomplete: it has no pairing code.</source>
        <translation>标签信息不完整：缺少配对码。</translation>
    </message>
    <message>
        <source>The pairing code on this label is not valid.</source>
        <translation>此标签上的配对码无效。</translation>
    </message>
    <message>
        <source>The code is empty. Scan the label on the fridge door again.</source>
        <translation>未读取到任何内容，请重新扫描冰箱门上的标签。</translation>
    </message>
    <message>
        <source>This code is too long to be a Larder label.</source>
        <translation>此二维码内容过长，不是 Larder 标签。</translation>
    </message>
    <message>
        <source>This is not a Larder fridge label.</source>
        <translation>这不是 Larder 冰箱标签。</translation>
    </message>
    <message>
        <source>This code is a web link, not a Larder fridge label.</source>
        <translation>这是一个网址链接，不是 Larder 冰箱标签。</translation>
    </message>
    <message>
        <source>This is not a Larder fridge label. Scan the label inside the fridge door.</source>
        <translation>这不是 Larder 冰箱标签。请扫描冰箱门内侧的标签。</translation>
    </message>
    <message>
        <source>This label is damaged or forged: it names %1 twice.</source>
        <translation>此标签已损坏或系伪造：字段 %1 出现了两次。</translation>
    </message>
    <message>
        <source>This label is from a newer fridge. Update Larder, then scan it again.</source>
        <translation>此标签来自较新型号的冰箱。请更新 Larder 后重新扫描。</translation>
    </message>
</context>
<context>
    <name>PairingView</name>
    <message>
        <source>Add this fridge to your family</source>
        <translation>将这台冰箱添加到您的家庭</translation>
    </message>
    <message>
        <source>This fridge cannot reach Larder yet</source>
        <translation>冰箱暂时无法连接 Larder</translation>
    </message>
    <message>
        <source>Setting up this fridge&apos;s connection…</source>
        <translation>正在为冰箱建立连接…</translation>
    </message>
    <message>
        <source>%1 Trying again shortly.</source>
        <translation>%1稍后将自动重试。</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>这需要几秒钟。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>Open the Larder app on your phone, choose “Add a fridge” and scan this code, or type the pairing code shown here.</source>
        <translation>在手机上打开 Larder 应用，选择“添加冰箱”并扫描此二维码，或输入这里显示的配对码。</translation>
    </message>
</context>
<context>
    <name>PhotoCamera</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close the camera</source>
        <translation>关闭相机</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>拍照</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Erase the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>确认 PIN 码</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <source>This picture is too large to read.</source>
        <translation>图片过大，无法识别。</translation>
    </message>
    <message>
        <source>This file is not a picture Larder can open (%1).</source>
        <translation>此文件不是 Larder 能打开的图片（%1）。</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Take it closer and in focus, with the whole code visible.</source>
        <translation>图片中未找到二维码。请靠近一些并对准焦点，确保二维码完整入镜。</translation>
    </message>
</context>
<context>
    <name>QuietHoursCard</name>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>No notifications for warnings %1. A warm fridge or freezer always notifies.</source>
        <translation>%1期间，一般警报不发送通知；冷藏室或冷冻室温度过高时仍会通知您。</translation>
    </message>
    <message>
        <source>Every alert notifies you, day and night.</source>
        <translation>全天所有警报都会通知您。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>免打扰开始时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>免打扰结束时间</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>通知我</translation>
    </message>
    <message>
        <source>Only what is urgent</source>
        <translation>仅紧急情况</translation>
    </message>
    <message>
        <source>Urgent things and warnings</source>
        <translation>紧急情况和警告</translation>
    </message>
    <message>
        <source>Everything, with reminders</source>
        <translation>全部，包括提醒</translation>
    </message>
    <message>
        <source>A warm fridge or freezer notifies you. An open door or a fridge gone quiet only shows in Alerts.</source>
        <translation>冷藏室或冷冻室温度过高时会通知你。冰箱门未关或冰箱失去联系只显示在“警报”中。</translation>
    </message>
    <message>
        <source>A warm fridge, an open door or a fridge gone quiet notifies you.</source>
        <translation>冷藏室温度过高、冰箱门未关或冰箱失去联系时都会通知你。</translation>
    </message>
    <message>
        <source>A warm fridge, an open door or a fridge gone quiet notifies you, and each morning a note of what to use up by tomorrow.</source>
        <translation>冷藏室温度过高、冰箱门未关或冰箱失去联系时都会通知你，每天早上还会提醒你明天之前要吃完的食物。</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Diagnostic reports</source>
        <translation>诊断报告</translation>
    </message>
    <message>
        <source>Ask the fridge for a report</source>
        <translation>请求冰箱生成报告</translation>
    </message>
    <message>
        <source>No report asked for yet. The fridge sends its state, faults, connection and the tail of its log.</source>
        <translation>尚未请求报告。冰箱会发送其状态、故障、连接情况和日志末尾。</translation>
    </message>
    <message>
        <source>From the door</source>
        <translation>来自门上平板</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Waiting for the fridge</source>
        <translation>等待冰箱</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the report of %1</source>
        <translation>打开 %1 的报告</translation>
    </message>
    <message>
        <source>Fetching the report…</source>
        <translation>正在获取报告…</translation>
    </message>
    <message>
        <source>Checked: %1 bytes, SHA-256 %2</source>
        <translation>已校验：%1 字节，SHA-256 %2</translation>
    </message>
    <message>
        <source>The diagnostic report</source>
        <translation>诊断报告</translation>
    </message>
</context>
<context>
    <name>ResetPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Enter the code we sent to %1.</source>
        <translation>请输入我们发送至%1的验证码。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>At least 8 characters, upper- and lower-case letters and a number.</source>
        <translation>至少8位，需包含大写字母、小写字母和数字。</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>设置密码并登录</translation>
    </message>
</context>
<context>
    <name>SetpointStepper</name>
    <message>
        <source>Lower %1</source>
        <translation>降低%1</translation>
    </message>
    <message>
        <source>%1 target %2</source>
        <translation>%1设定为%2</translation>
    </message>
    <message>
        <source>Sending to fridge</source>
        <translation>正在发送到冰箱</translation>
    </message>
    <message>
        <source>Waiting for the fridge</source>
        <translation>等待冰箱响应</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>设定温度</translation>
    </message>
    <message>
        <source>Raise %1</source>
        <translation>升高%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Account and settings</source>
        <translation>账户与设置</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前登录账户</translation>
    </message>
    <message>
        <source>Your families</source>
        <translation>我的家庭</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云端</translation>
    </message>
    <message>
        <source>This computer (larder-cloud)</source>
        <translation>本机（larder-cloud）</translation>
    </message>
    <message>
        <source>Larder on AWS</source>
        <translation>Larder 云端（AWS）</translation>
    </message>
    <message>
        <source>%1 — not set up on this device</source>
        <translation>%1 — 此设备未配置</translation>
    </message>
    <message>
        <source>In use now: the profile file %1 (from the command line).</source>
        <translation>当前使用：命令行指定的配置文件 %1。</translation>
    </message>
    <message>
        <source>The selected cloud is in use now.</source>
        <translation>当前正在使用所选云端。</translation>
    </message>
    <message>
        <source>Larder switches to it the next time it starts.</source>
        <translation>Larder 下次启动时将切换到该云端。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>要退出登录吗？</translation>
    </message>
    <message>
        <source>This signs you out of Larder on all your devices. Your family and fridges stay as they are.</source>
        <translation>这将使您在所有设备上退出 Larder 登录。您的家庭和冰箱不受影响。</translation>
    </message>
    <message>
        <source>About and support</source>
        <translation>关于与技术支持</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Version %1, the cloud this app uses</source>
        <translation>版本 %1，本应用使用的云端</translation>
    </message>
</context>
<context>
    <name>ShoppingGlance</name>
    <message>
        <source>Shopping list</source>
        <translation>购物清单</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Bought %1</source>
        <translation>已买到%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Nothing to buy. Add what runs out.</source>
        <translation>没有要买的东西。用完了什么就加上。</translation>
    </message>
    <message>
        <source>+ Add to the list</source>
        <translation>+ 加入清单</translation>
    </message>
    <message>
        <source>Add to the shopping list</source>
        <translation>加入购物清单</translation>
    </message>
</context>
<context>
    <name>ShoppingPage</name>
    <message>
        <source>Shopping · %1</source>
        <translation>购物清单 · %1</translation>
    </message>
    <message>
        <source>Shopping list</source>
        <translation>购物清单</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>需要买什么？</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>%1 Your changes wait on this phone and go out when Larder can be reached.</source>
        <translation>%1您的更改已暂存在本机，连接到 Larder 后会自动同步。</translation>
    </message>
    <message>
        <source>Bought %1</source>
        <translation>已买到%1</translation>
    </message>
    <message>
        <source>Not saved to Larder yet</source>
        <translation>尚未保存到 Larder</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>from the door</source>
        <translation>来自门上屏幕</translation>
    </message>
    <message>
        <source>Nothing to buy. Add what you need here, or tap “Used up” on something in the fridge.</source>
        <translation>暂时没有要买的东西。在这里添加需要的物品，或在冰箱库存中点击食材旁的“用完了”。</translation>
    </message>
    <message>
        <source>%1 ticked off</source>
        <translation>已买到“%1”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put %1 back on the list</source>
        <translation>将“%1”放回清单</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>添加一项</translation>
    </message>
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Everyone in your family signs in with their own account.</source>
        <translation>每位家庭成员都使用自己的账户登录。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter the confirmation code</source>
        <translation>输入验证码</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>注册账户</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <source>Create your account</source>
        <translation>注册账户</translation>
    </message>
    <message>
        <source>We will e-mail you a code to confirm the address.</source>
        <translation>我们会向您的邮箱发送验证码，以验证邮箱地址。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>At least 8 characters, upper- and lower-case letters and a number.</source>
        <translation>至少8位，需包含大写字母、小写字母和数字。</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>What your family sees on lists and the board. You can change it later.</source>
        <translation>家人在清单和留言板上看到的名字。以后可以修改。</translation>
    </message>
    <message>
        <source>e.g. Alex</source>
        <translation>例如：小林</translation>
    </message>
</context>
<context>
    <name>SignedInShell</name>
    <message>
        <source>Fridge</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>购物</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>留言板</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
</context>
<context>
    <name>SplashPage</name>
    <message>
        <source>Signing you in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>StatusBanners</name>
    <message>
        <source>Connecting to Larder…</source>
        <translation>正在连接 Larder…</translation>
    </message>
    <message>
        <source>Can&apos;t reach Larder</source>
        <translation>无法连接 Larder</translation>
    </message>
    <message>
        <source>Trying again in a moment. Your changes are kept.</source>
        <translation>稍后将自动重试，您的更改不会丢失。</translation>
    </message>
    <message>
        <source>The fridge is offline</source>
        <translation>冰箱已离线</translation>
    </message>
    <message>
        <source>It shows its last report. Changes you make now are applied when it reconnects.</source>
        <translation>当前显示的是冰箱最后一次上报的状态。您现在所做的更改将在冰箱重新连接后生效。</translation>
    </message>
</context>
<context>
    <name>SupportAccessPage</name>
    <message>
        <source>Support access · %1</source>
        <translation>客服访问 · %1</translation>
    </message>
    <message>
        <source>Support cannot look at this fridge.</source>
        <translation>客服无法查看这台冰箱。</translation>
    </message>
    <message>
        <source>Support is looking, until %1.</source>
        <translation>客服正在查看，至 %1 结束。</translation>
    </message>
    <message>
        <source>Support may look until %1, once they have the case code.</source>
        <translation>客服拿到工单码后可查看至 %1。</translation>
    </message>
    <message>
        <source>Read this case code to the agent:</source>
        <translation>请把此工单码读给客服：</translation>
    </message>
    <message>
        <source>Case code %1</source>
        <translation>工单码 %1</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Let support look</source>
        <translation>允许客服查看</translation>
    </message>
    <message>
        <source>End support&apos;s access now</source>
        <translation>立即结束客服访问</translation>
    </message>
    <message>
        <source>Only the family&apos;s owner can let support look.</source>
        <translation>只有家庭所有者可以允许客服查看。</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Support has never looked at this fridge.</source>
        <translation>客服从未查看过这台冰箱。</translation>
    </message>
    <message>
        <source>When you call Larder support, they can look at this fridge&apos;s settings, readings, certificates, events and commands, and ask it for a diagnostic report, while they help you — only if you let them, only for as long as you choose. They never see your family, your lists, photos or messages.</source>
        <translation>当您联系 Larder 客服时，客服可以在帮助您的过程中查看这台冰箱的设置、读数、证书、事件和命令，并请求冰箱生成诊断报告——前提是您允许，且仅限您选择的时长。客服永远看不到您的家人信息、清单、照片或留言。</translation>
    </message>
</context>
<context>
    <name>SupportExit</name>
    <message>
        <source>Support (hold)</source>
        <translation>技术支持（长按）</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the support PIN</source>
        <translation>请输入维修 PIN 码</translation>
    </message>
    <message>
        <source>1 digit typed</source>
        <translation>已输入1位</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation>已输入%1位</translation>
    </message>
    <message>
        <source>Open diagnostics</source>
        <translation>打开诊断</translation>
    </message>
</context>
<context>
    <name>SwitchRow</name>
    <message>
        <source>Sending to fridge</source>
        <translation>正在发送到冰箱</translation>
    </message>
    <message>
        <source>Waiting for the fridge</source>
        <translation>等待冰箱响应</translation>
    </message>
</context>
<context>
    <name>TemperatureCard</name>
    <message>
        <source>No readings in this time yet.</source>
        <translation>这段时间还没有读数。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>never above %1</source>
        <translation>从未高于 %1</translation>
    </message>
    <message>
        <source>%1 min above %2</source>
        <translation>高于 %2 共 %1 分钟</translation>
    </message>
    <message>
        <source>%1 h above %2</source>
        <translation>高于 %2 共 %1 小时</translation>
    </message>
    <message>
        <source>%1 temperature chart: %2</source>
        <translation>%1温度图：%2</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>冷藏室</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>冷冻室</translation>
    </message>
    <message>
        <source>The door opened once.</source>
        <translation>冰箱门开过 1 次。</translation>
    </message>
    <message>
        <source>The door opened %1 times.</source>
        <translation>冰箱门开过 %1 次。</translation>
    </message>
    <message>
        <source>Orange ticks: the door opened.</source>
        <translation>橙色刻度：开门。</translation>
    </message>
    <message>
        <source>Red dots: an alert. Dashed: the limit (red) and the setting (grey).</source>
        <translation>红点：警报。虚线：上限（红）和设定温度（灰）。</translation>
    </message>
</context>
<context>
    <name>TemperatureChart</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>UnfinishedUploadsCard</name>
    <message>
        <source>%1 from %2, %3 · %4</source>
        <translation>%2的%1，%3 · %4</translation>
    </message>
    <message>
        <source>A voice message</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <source>A video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>A shelf photo</source>
        <translation>货架照片</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已上传%1</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel this unfinished upload</source>
        <translation>取消这个未完成的上传</translation>
    </message>
    <message>
        <source>1 upload did not finish</source>
        <translation>有1项上传未完成</translation>
    </message>
    <message>
        <source>%1 uploads did not finish</source>
        <translation>有%1项上传未完成</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Cancel every unfinished upload</source>
        <translation>取消所有未完成的上传</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Hide the unfinished uploads</source>
        <translation>收起未完成的上传</translation>
    </message>
    <message>
        <source>Show the unfinished uploads</source>
        <translation>展开未完成的上传</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>还有%1项</translation>
    </message>
</context>
<context>
    <name>UploadProgressCard</name>
    <message>
        <source>Checking %1…</source>
        <translation>正在校验%1…</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>正在上传%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>1 more waits</source>
        <translation>另有1项排队中</translation>
    </message>
    <message>
        <source>%1 more wait</source>
        <translation>另有%1项排队中</translation>
    </message>
</context>
<context>
    <name>UseSoonCard</name>
    <message>
        <source>Use soon</source>
        <translation>尽快食用</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>用完了</translation>
    </message>
    <message>
        <source>%1 is used up</source>
        <translation>%1已用完</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Nothing to use up soon.</source>
        <translation>近期没有需要尽快吃完的食材。</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1天前过期</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天过期</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1天后到期</translation>
    </message>
</context>
<context>
    <name>VoiceMessageBar</name>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>● Record a voice message</source>
        <translation>● 录制语音留言</translation>
    </message>
    <message>
        <source>Record a voice message</source>
        <translation>录制语音留言</translation>
    </message>
    <message>
        <source>Voice messages cannot be recorded here: this device has no microphone.</source>
        <translation>无法在此录制语音留言：此设备没有麦克风。</translation>
    </message>
    <message>
        <source>Recording %1 of %2</source>
        <translation>正在录音 %1 / %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Throw this recording away</source>
        <translation>放弃这段录音</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the voice message</source>
        <translation>发送语音留言</translation>
    </message>
</context>
<context>
    <name>larder::alerts::DesktopNotifier</name>
    <message>
        <source>Open the fridge</source>
        <translation>查看冰箱</translation>
    </message>
</context>
<context>
    <name>larder::api::ApiClient</name>
    <message>
        <source>Larder cannot be reached. Check your internet connection and try again.</source>
        <translation>无法连接 Larder。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>That did not work (%1).</source>
        <translation>操作未成功（%1）。</translation>
    </message>
    <message>
        <source>Something went wrong on our side (%1). Please try again.</source>
        <translation>我们的服务出了点问题（%1），请稍后重试。</translation>
    </message>
</context>
<context>
    <name>larder::auth::AccountActions</name>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>请输入邮箱地址。</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>至少需要8个字符。</translation>
    </message>
    <message>
        <source>Use both upper- and lower-case letters.</source>
        <translation>请同时使用大写和小写字母。</translation>
    </message>
    <message>
        <source>Add a number.</source>
        <translation>请至少包含一个数字。</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>验证码为6位数字。</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1.</source>
        <translation>我们已向%1发送了6位验证码。</translation>
    </message>
    <message>
        <source>Your account is confirmed.</source>
        <translation>您的账户已验证。</translation>
    </message>
    <message>
        <source>We sent a new code to %1.</source>
        <translation>我们已向%1发送了新的验证码。</translation>
    </message>
    <message>
        <source>We sent a code to %1 to set a new password.</source>
        <translation>我们已向%1发送验证码，用于设置新密码。</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>新密码已设置。</translation>
    </message>
    <message>
        <source>Enter the name your family knows you by.</source>
        <translation>请输入家人熟悉的称呼。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use letters, numbers and ordinary punctuation.</source>
        <translation>请使用字母、数字和常用标点。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Saved. Your family sees you as %1.</source>
        <translation>已保存。家人会看到你的名字是“%1”。</translation>
    </message>
</context>
<context>
    <name>larder::auth::AuthSession</name>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>请输入邮箱地址和密码。</translation>
    </message>
    <message>
        <source>You were signed out (%1). Please sign in again.</source>
        <translation>您已退出登录（%1），请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in answer was incomplete. Please try again.</source>
        <translation>登录响应不完整，请重试。</translation>
    </message>
    <message>
        <source>This device has no keychain Larder can use, so you will need to sign in again next time.</source>
        <translation>此设备没有 Larder 可用的钥匙串，下次打开时需要重新登录。</translation>
    </message>
</context>
<context>
    <name>larder::auth::CognitoClient</name>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>邮箱地址或密码错误。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>Confirm your e-mail address first: enter the code we sent you.</source>
        <translation>请先验证您的邮箱：输入我们发送给您的验证码。</translation>
    </message>
    <message>
        <source>There is already an account with this e-mail address. Sign in instead.</source>
        <translation>该邮箱地址已注册，请直接登录。</translation>
    </message>
    <message>
        <source>Choose a stronger password: at least 8 characters with upper- and lower-case letters and a number, and not a common one.</source>
        <translation>请设置更安全的密码：至少8位，包含大写字母、小写字母和数字，且不要使用常见密码。</translation>
    </message>
    <message>
        <source>That code is not right. Check the e-mail and try again.</source>
        <translation>验证码不正确，请检查邮件后重试。</translation>
    </message>
    <message>
        <source>That code has expired. Ask for a new one.</source>
        <translation>验证码已过期，请重新获取。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>尝试次数过多，请等待几分钟后再试。</translation>
    </message>
    <message>
        <source>There is no account with this e-mail address.</source>
        <translation>该邮箱地址尚未注册。</translation>
    </message>
    <message>
        <source>Check what you entered: %1</source>
        <translation>请检查您输入的内容：%1</translation>
    </message>
    <message>
        <source>Larder cannot be reached. Check your internet connection and try again.</source>
        <translation>无法连接 Larder。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Something went wrong on our side (%1). Please try again.</source>
        <translation>我们的服务出了点问题（%1），请稍后重试。</translation>
    </message>
    <message>
        <source>Check what you entered.</source>
        <translation>请检查输入的内容。</translation>
    </message>
</context>
<context>
    <name>larder::board::Board</name>
    <message>
        <source>A recipe card needs a title.</source>
        <translation>菜谱卡片需要填写标题。</translation>
    </message>
    <message>
        <source>The board cannot be reached.</source>
        <translation>无法连接留言板。</translation>
    </message>
</context>
<context>
    <name>larder::camera::LiveCamera</name>
    <message>
        <source>The picture stopped. Connecting to the camera again…</source>
        <translation>画面中断，正在重新连接摄像头…</translation>
    </message>
    <message>
        <source>Connecting to the camera…</source>
        <translation>正在连接摄像头…</translation>
    </message>
    <message>
        <source>The light inside the fridge is off, so the shelf is too dark to see.</source>
        <translation>冰箱内的灯没有亮，搁架太暗，看不清。</translation>
    </message>
    <message>
        <source>Others are watching this fridge&apos;s cameras already. Try again in a moment.</source>
        <translation>已有其他人在观看这台冰箱的摄像头，请稍后再试。</translation>
    </message>
    <message>
        <source>This fridge has no camera on that shelf.</source>
        <translation>这台冰箱的该层搁架没有摄像头。</translation>
    </message>
    <message>
        <source>The camera could not be reached. Check that the fridge is online, then try again.</source>
        <translation>无法连接摄像头。请确认冰箱在线，然后重试。</translation>
    </message>
    <message>
        <source>Waiting for the connection to come back…</source>
        <translation>正在等待连接恢复…</translation>
    </message>
    <message>
        <source>This fridge&apos;s camera was asked too often just now. Try again in a minute.</source>
        <translation>刚才请求这台冰箱摄像头的次数太多，请一分钟后再试。</translation>
    </message>
</context>
<context>
    <name>larder::diagnostics::DiagnosticReport</name>
    <message>
        <source>The report could not be fetched: %1</source>
        <translation>无法获取报告：%1</translation>
    </message>
    <message>
        <source>The report arrived damaged (its SHA-256 is not the one the fridge sent); ask for a new one.</source>
        <translation>报告已损坏（其 SHA-256 与冰箱发送的不一致），请重新请求。</translation>
    </message>
    <message>
        <source>The report is not a document Larder can read.</source>
        <translation>该报告不是 Larder 能读取的文档。</translation>
    </message>
</context>
<context>
    <name>larder::diagnostics::SupportCase</name>
    <message>
        <source>Sent: %1. It runs when the fridge is online.</source>
        <translation>已发送：%1。冰箱在线时执行。</translation>
    </message>
</context>
<context>
    <name>larder::display::DisplayPreferences</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>larder::fridge::FridgeController</name>
    <message>
        <source>nothing</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
</context>
<context>
    <name>larder::fridge::ModeModel</name>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Keeps your setpoints.</source>
        <translation>按您的设定温度运行。</translation>
    </message>
    <message>
        <source>Eco</source>
        <translation>节能</translation>
    </message>
    <message>
        <source>Saves energy, slightly warmer.</source>
        <translation>更省电，温度略高。</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>度假</translation>
    </message>
    <message>
        <source>Fridge idles at 15 °C, freezer stays on.</source>
        <translation>冷藏室保持在15 °C，冷冻室照常运行。</translation>
    </message>
    <message>
        <source>Super cool</source>
        <translation>速冷</translation>
    </message>
    <message>
        <source>Chills fast for 6 hours.</source>
        <translation>快速降温，持续6小时。</translation>
    </message>
    <message>
        <source>Super freeze</source>
        <translation>速冻</translation>
    </message>
    <message>
        <source>Freezes fast for 24 hours.</source>
        <translation>快速冷冻，持续24小时。</translation>
    </message>
</context>
<context>
    <name>larder::inventory::IngredientWords</name>
    <message>
        <source>Dairy</source>
        <translation>乳制品</translation>
    </message>
    <message>
        <source>Meat</source>
        <translation>肉类</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>水产</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <translation>蔬菜</translation>
    </message>
    <message>
        <source>Fruit</source>
        <translation>水果</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>饮品</translation>
    </message>
    <message>
        <source>Leftovers</source>
        <translation>剩菜</translation>
    </message>
    <message>
        <source>Sauces and condiments</source>
        <translation>酱料调味品</translation>
    </message>
    <message>
        <source>Bakery</source>
        <translation>烘焙食品</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冷冻食品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>freezer</source>
        <translation>冷冻室</translation>
    </message>
    <message>
        <source>door</source>
        <translation>门架</translation>
    </message>
    <message>
        <source>fridge</source>
        <translation>冷藏室</translation>
    </message>
    <message>
        <source>In the freezer</source>
        <translation>冷冻室</translation>
    </message>
    <message>
        <source>In the door</source>
        <translation>门架</translation>
    </message>
    <message>
        <source>In the fridge</source>
        <translation>冷藏室</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>个</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>包</translation>
    </message>
    <message>
        <source>g</source>
        <comment>grams</comment>
        <translation>克</translation>
    </message>
    <message>
        <source>kg</source>
        <comment>kilograms</comment>
        <translation>千克</translation>
    </message>
    <message>
        <source>ml</source>
        <comment>millilitres</comment>
        <translation>毫升</translation>
    </message>
    <message>
        <source>l</source>
        <comment>litres</comment>
        <translation>升</translation>
    </message>
    <message>
        <source>%1 packs</source>
        <translation>%1 包</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 克</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 毫升</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 升</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 pack</source>
        <translation>1 包</translation>
    </message>
    <message>
        <source>Use soon</source>
        <translation>尽快食用</translation>
    </message>
</context>
<context>
    <name>larder::inventory::InventorySync</name>
    <message>
        <source>Give the item a name of 1 to 80 characters.</source>
        <translation>食材名称需为1到80个字符。</translation>
    </message>
    <message>
        <source>The quantity must be a number from 0 to 100,000.</source>
        <translation>数量必须是0到100000之间的数字。</translation>
    </message>
</context>
<context>
    <name>larder::inventory::ShelfPhotos</name>
    <message>
        <source>Top shelf</source>
        <translation>上层搁架</translation>
    </message>
    <message>
        <source>Middle shelf</source>
        <translation>中层搁架</translation>
    </message>
    <message>
        <source>Bottom shelf</source>
        <translation>下层搁架</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门架</translation>
    </message>
</context>
<context>
    <name>larder::kiosk::DoorDiagnostics</name>
    <message>
        <source>Reached %1 in %2 ms (TLS handshake).</source>
        <translation>已连通 %1，耗时 %2 毫秒（TLS 握手）。</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 在 %2 秒内无响应。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>No certificate could be read.</source>
        <translation>无法读取证书。</translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation>%1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>%1, valid for %2 more days.</source>
        <translation>%1，还有 %2 天有效。</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>消息服务器</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connected as the door tablet.</source>
        <translation>已以门上平板身份连接。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>no identity yet</source>
        <translation>尚无身份证书</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Paired with %1.</source>
        <translation>已与 %1 配对。</translation>
    </message>
    <message>
        <source>Not paired with a family yet.</source>
        <translation>尚未与家庭配对。</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Shadow version %1, firmware %2.</source>
        <translation>影子版本 %1，固件 %2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No shadow received yet.</source>
        <translation>尚未收到影子数据。</translation>
    </message>
    <message>
        <source>The door is not connected to Larder: the report cannot go now. The self-test above says why.</source>
        <translation>门上平板未连接到 Larder，暂时无法发送报告。上方的自检结果说明了原因。</translation>
    </message>
    <message>
        <source>The report could not be uploaded: %1</source>
        <translation>报告上传失败：%1</translation>
    </message>
    <message>
        <source>The door lost its connection; try again.</source>
        <translation>门上平板连接已断开，请重试。</translation>
    </message>
</context>
<context>
    <name>larder::kiosk::DoorTablet</name>
    <message>
        <source>The factory files are missing from %1.</source>
        <translation>%1 中缺少出厂文件。</translation>
    </message>
    <message>
        <source>The cloud did not accept this tablet&apos;s factory certificate.</source>
        <translation>云端未接受本机的出厂证书。</translation>
    </message>
    <message>
        <source>The cloud refused to set up this tablet: %1</source>
        <translation>云端拒绝为本机完成设置：%1</translation>
    </message>
    <message>
        <source>Cannot store the certificate in %1.</source>
        <translation>无法将证书保存到 %1。</translation>
    </message>
    <message>
        <source>Cannot store this tablet&apos;s identity in %1.</source>
        <translation>无法将本机的身份信息保存到 %1。</translation>
    </message>
    <message>
        <source>This tablet was removed from its family.</source>
        <translation>此屏幕已被移出家庭。</translation>
    </message>
    <message>
        <source>Larder %1</source>
        <translation>Larder %1</translation>
    </message>
    <message>
        <source>Kitchen tablet</source>
        <translation>厨房冰箱屏幕</translation>
    </message>
</context>
<context>
    <name>larder::kiosk::SupportPin</name>
    <message>
        <source>The support PIN must be 4 to 8 digits.</source>
        <translation>维修 PIN 码须为4到8位数字。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 码错误次数过多，请%n秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>No support PIN is set on this tablet.</source>
        <translation>本机未设置维修 PIN 码。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a minute.</source>
        <translation>PIN 码错误次数过多，请1分钟后再试。</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN 码不正确。</translation>
    </message>
</context>
<context>
    <name>larder::media::MediaCache</name>
    <message>
        <source>The cloud cannot be reached.</source>
        <translation>无法连接云端。</translation>
    </message>
    <message>
        <source>The media folder cannot be written.</source>
        <translation>无法写入媒体文件夹。</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
</context>
<context>
    <name>larder::media::MediaUploader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>The upload could not be noted down.</source>
        <translation>无法记录此次上传。</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 未能上传：%2</translation>
    </message>
</context>
<context>
    <name>larder::media::PhotoSnap</name>
    <message>
        <source>The camera has not shown a picture yet.</source>
        <translation>相机尚未显示画面。</translation>
    </message>
    <message>
        <source>Photos cannot be saved in %1.</source>
        <translation>无法在 %1 中保存照片。</translation>
    </message>
    <message>
        <source>The photo could not be saved in %1.</source>
        <translation>照片无法保存到 %1。</translation>
    </message>
</context>
<context>
    <name>larder::media::UnfinishedUploads</name>
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
</context>
<context>
    <name>larder::media::UploadJob</name>
    <message>
        <source>The upload was interrupted.</source>
        <translation>上传已中断。</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1%2秒后重试。</translation>
    </message>
    <message>
        <source>The upload failed.</source>
        <translation>上传失败。</translation>
    </message>
    <message>
        <source>The cloud cannot be reached.</source>
        <translation>无法连接云端。</translation>
    </message>
</context>
<context>
    <name>larder::media::VoiceRecorder</name>
    <message>
        <source>There is no microphone on this device.</source>
        <translation>此设备没有麦克风。</translation>
    </message>
    <message>
        <source>This device cannot record sound: no audio encoder is installed.</source>
        <translation>此设备无法录音：未安装音频编码器。</translation>
    </message>
    <message>
        <source>Recordings cannot be saved in %1.</source>
        <translation>无法在 %1 中保存录音。</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone gave no sound.</source>
        <translation>未录到任何声音：麦克风没有收到声音。</translation>
    </message>
    <message>
        <source>The microphone could not be opened (%1).</source>
        <translation>无法打开麦克风（%1）。</translation>
    </message>
    <message>
        <source>The recording failed (%1).</source>
        <translation>录音失败（%1）。</translation>
    </message>
</context>
<context>
    <name>larder::mqtt::MosquittoTransport</name>
    <message>
        <source>Could not create the MQTT client.</source>
        <translation>无法创建 MQTT 客户端。</translation>
    </message>
    <message>
        <source>The TLS settings are not usable: %1</source>
        <translation>TLS 设置不可用：%1</translation>
    </message>
    <message>
        <source>Cannot reach the broker at %1:%2: %3</source>
        <translation>无法连接服务器 %1:%2：%3</translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>无法发送到 %1：%2</translation>
    </message>
    <message>
        <source>The broker closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
</context>
<context>
    <name>larder::mqtt::MqttClient</name>
    <message>
        <source>The broker at %1:%2 did not answer in time.</source>
        <translation>服务器 %1:%2 响应超时。</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>服务器拒绝了连接：%1</translation>
    </message>
</context>
<context>
    <name>larder::mqtt::MqttRequests</name>
    <message>
        <source>The fridge&apos;s connection to the cloud dropped.</source>
        <translation>冰箱与云端的连接已断开。</translation>
    </message>
    <message>
        <source>The fridge is not connected to the cloud.</source>
        <translation>冰箱未连接到云端。</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>请求无法发送。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time.</source>
        <translation>云端响应超时。</translation>
    </message>
</context>
<context>
    <name>larder::pairing::PairingFlow</name>
    <message>
        <source>Choose the family the fridge belongs to.</source>
        <translation>请选择冰箱所属的家庭。</translation>
    </message>
    <message>
        <source>Give the fridge a name, such as “Kitchen fridge”.</source>
        <translation>请为冰箱取个名字，例如“厨房冰箱”。</translation>
    </message>
</context>
<context>
    <name>larder::shadow::ShadowClient</name>
    <message>
        <source>Not allowed to use the shadow of %1.</source>
        <translation>无权访问 %1 的设备影子。</translation>
    </message>
    <message>
        <source>The cloud is slow to answer; still trying.</source>
        <translation>云端响应较慢，正在重试。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time.</source>
        <translation>云端响应超时。</translation>
    </message>
</context>
<context>
    <name>larder::shadow::ShadowControl</name>
    <message>
        <source>The fridge has not confirmed %1 yet; it will apply it when it can.</source>
        <translation>冰箱尚未确认“%1”，稍后会自动生效。</translation>
    </message>
    <message>
        <source>The fridge did not accept %1; it stays at %2.</source>
        <translation>冰箱未接受“%1”，仍保持为“%2”。</translation>
    </message>
    <message>
        <source>The cloud did not answer, so %1 was not saved. Try again.</source>
        <translation>云端没有响应，“%1”未能保存，请重试。</translation>
    </message>
    <message>
        <source>The cloud refused %1: %2</source>
        <translation>云端拒绝了“%1”：%2</translation>
    </message>
</context>
<context>
    <name>larder::support::SupportAccess</name>
    <message>
        <source>Larder support</source>
        <translation>Larder 客服</translation>
    </message>
    <message>
        <source>Larder support (%1)</source>
        <translation>Larder 客服（%1）</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>%1 let support look for an hour</source>
        <translation>%1 允许客服查看 1 小时</translation>
    </message>
    <message>
        <source>%1 let support look for a day</source>
        <translation>%1 允许客服查看 1 天</translation>
    </message>
    <message>
        <source>%1 let support look for %2 days</source>
        <translation>%1 允许客服查看 %2 天</translation>
    </message>
    <message>
        <source>%1 let support look for %2 hours</source>
        <translation>%1 允许客服查看 %2 小时</translation>
    </message>
    <message>
        <source>%1 ended support&apos;s access</source>
        <translation>%1 结束了客服访问</translation>
    </message>
    <message>
        <source>%1 opened the case</source>
        <translation>%1 打开了工单</translation>
    </message>
    <message>
        <source>%1 viewed the fridge&apos;s settings and readings</source>
        <translation>%1 查看了冰箱的设置和读数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 viewed the fridge&apos;s certificates, events and commands</source>
        <translation>%1 查看了冰箱的证书、事件和命令</translation>
    </message>
    <message>
        <source>Someone at the fridge&apos;s door</source>
        <translation>冰箱门前的人员</translation>
    </message>
    <message>
        <source>%1 asked the fridge for a diagnostic report</source>
        <translation>%1 请求冰箱生成诊断报告</translation>
    </message>
    <message>
        <source>%1 opened a diagnostic report</source>
        <translation>%1 打开了一份诊断报告</translation>
    </message>
    <message>
        <source>%1 sent support a diagnostic report</source>
        <translation>%1 向客服发送了一份诊断报告</translation>
    </message>
    <message>
        <source>%1 asked the fridge to report everything again</source>
        <translation>%1 请冰箱重新上报全部状态</translation>
    </message>
    <message>
        <source>%1 sent the fridge the command “%2”</source>
        <translation>%1 向冰箱发送了命令“%2”</translation>
    </message>
</context>
</TS>
