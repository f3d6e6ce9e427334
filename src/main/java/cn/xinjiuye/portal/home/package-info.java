/**
 * The home page (首页). Its API is the to-do SPI: modules add {@link cn.xinjiuye.portal.home.TodoSource} beans and
 * the home page lists their {@link cn.xinjiuye.portal.home.TodoItem}s for the signed-in user.
 */
package cn.xinjiuye.portal.home;
